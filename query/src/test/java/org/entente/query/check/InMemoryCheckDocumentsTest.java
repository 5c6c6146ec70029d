package org.entente.query.check;

class InMemoryCheckDocumentsTest implements CheckDocumentsContract {

    @Override
    public CheckDocuments emptyStore() {
        return new InMemoryCheckDocuments();
    }
}
