package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Non-unique query indexes only where the server answers queries from them. */
class QueryIndexesTest {

    private TestMongo mongo;
    private MongoCollection<Document> collection;

    @BeforeEach
    void start() {
        mongo = TestMongo.start(false);
        collection = mongo.database().getCollection("views");
        collection.insertOne(new Document("_id", "a").append("status", "IN_FORCE"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_real_mongodb_gets_the_query_index() {
        QueryIndexes.forServer(false).ensure(collection, Indexes.ascending("status"));

        assertThat(indexNames()).containsExactlyInAnyOrder("_id_", "status_1");
    }

    @Test
    void the_embedded_server_which_would_never_use_it_does_not() {
        QueryIndexes.forServer(true).ensure(collection, Indexes.ascending("status"));

        assertThat(indexNames()).containsExactly("_id_");
    }

    private List<String> indexNames() {
        return collection.listIndexes().into(new ArrayList<>()).stream().map(index -> index.getString("name")).toList();
    }
}
