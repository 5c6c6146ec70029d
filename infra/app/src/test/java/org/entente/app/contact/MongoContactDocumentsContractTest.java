package org.entente.app.contact;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.contact.ContactDocumentsContract;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The MongoDB adapter keeps the promises of its port, as the in-memory store does: each test gets a database
 * of its own on the application's server, so it starts empty and the application's own data stays untouched.
 */
@EntenteApplicationTest
class MongoContactDocumentsContractTest implements ContactDocumentsContract {

    @Autowired
    MongoClient client;

    @Override
    public ContactDocuments emptyStore() {
        return new MongoContactDocuments(TestMongo.readModels(client.getDatabase(Unique.id("contract"))));
    }
}
