package org.entente.query.paper;

class InMemoryPaperDocumentsTest implements PaperDocumentsContract {

    @Override
    public PaperDocuments emptyStore() {
        return new InMemoryPaperDocuments();
    }
}
