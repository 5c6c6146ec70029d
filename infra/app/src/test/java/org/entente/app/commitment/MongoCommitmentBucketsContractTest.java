package org.entente.app.commitment;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.query.commitment.CommitmentBuckets;
import org.entente.query.commitment.CommitmentBucketsContract;
import org.springframework.beans.factory.annotation.Autowired;

/** The commitment buckets on MongoDB keep the promises of their port, each test on a database of its own. */
@EntenteApplicationTest
class MongoCommitmentBucketsContractTest implements CommitmentBucketsContract {

    @Autowired
    MongoClient client;

    @Override
    public CommitmentBuckets emptyBuckets() {
        return new MongoCommitmentBuckets(TestMongo.readModels(client.getDatabase(Unique.id("contract"))));
    }
}
