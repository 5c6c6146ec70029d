package org.entente.app.arrangement;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.query.arrangement.ArrangementListings;
import org.entente.query.arrangement.ReadModelStoresContract;
import org.entente.query.arrangement.SearchTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** The list chunks and search keys on MongoDB keep the promises of their ports, each test on a database of its own. */
@EntenteApplicationTest
class MongoReadModelStoresContractTest implements ReadModelStoresContract {

    @Autowired
    MongoClient client;

    @Override
    public ArrangementListings emptyListings() {
        return new MongoArrangementListings(TestMongo.readModels(client.getDatabase(Unique.id("contract"))));
    }

    @Override
    public SearchTokens emptySearchTokens() {
        return new MongoSearchTokens(TestMongo.readModels(client.getDatabase(Unique.id("contract"))));
    }
}
