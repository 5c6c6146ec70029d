package org.entente.query.contact;

class InMemoryContactDocumentsTest implements ContactDocumentsContract {

    @Override
    public ContactDocuments emptyStore() {
        return new InMemoryContactDocuments();
    }
}
