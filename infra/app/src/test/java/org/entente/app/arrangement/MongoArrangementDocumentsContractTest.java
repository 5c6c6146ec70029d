package org.entente.app.arrangement;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementDocumentsContract;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The MongoDB adapter keeps the promises of its port, as the in-memory store does: each test gets a database
 * of its own on the application's server, so it starts empty and the application's own data stays untouched.
 */
@EntenteApplicationTest
class MongoArrangementDocumentsContractTest implements ArrangementDocumentsContract {

    @Autowired
    MongoClient client;

    @Override
    public ArrangementDocuments emptyStore() {
        return new MongoArrangementDocuments(TestMongo.readModels(client.getDatabase(Unique.id("contract"))));
    }
}
