package org.entente.query.arrangement;

class InMemoryArrangementDocumentsTest implements ArrangementDocumentsContract {

    @Override
    public ArrangementDocuments emptyStore() {
        return new InMemoryArrangementDocuments();
    }
}
