package org.entente.app.web.idempotency;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.QueryIndexes;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB adapter keeps the promises of its port: each test gets a database of its own on the
 * application's embedded server, so it starts empty and the application's own data stays untouched.
 */
@EntenteApplicationTest
class MongoIdempotencyRecordsContractTest implements IdempotencyRecordsContract {

    @Autowired
    MongoClient client;

    @Override
    public IdempotencyRecords emptyStore() {
        return new MongoIdempotencyRecords(client.getDatabase(Unique.id("contract")), QueryIndexes.forServer(true));
    }

    @Test
    void no_ttl_index_is_asked_of_the_embedded_server_which_would_never_act_on_it() {
        var database = client.getDatabase(Unique.id("contract"));

        new MongoIdempotencyRecords(database, QueryIndexes.forServer(true));

        assertThat(database.getCollection(MongoIdempotencyRecords.COLLECTION).listIndexes().into(new java.util.ArrayList<>()))
                .noneSatisfy(index -> assertThat(index.get("key", org.bson.Document.class).keySet()).contains("expiresAt"));
    }
}
