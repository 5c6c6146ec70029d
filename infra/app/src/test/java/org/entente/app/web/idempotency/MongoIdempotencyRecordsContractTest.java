package org.entente.app.web.idempotency;

import com.mongodb.client.MongoClient;
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
        return new MongoIdempotencyRecords(client.getDatabase(Unique.id("contract")));
    }

    @Test
    void the_embedded_server_accepts_the_ttl_index_a_real_mongodb_expires_records_by() {
        var database = client.getDatabase(Unique.id("contract"));

        new MongoIdempotencyRecords(database);

        assertThat(database.getCollection(MongoIdempotencyRecords.COLLECTION).listIndexes().into(new java.util.ArrayList<>()))
                .as("created without error").isNotEmpty();
    }
}
