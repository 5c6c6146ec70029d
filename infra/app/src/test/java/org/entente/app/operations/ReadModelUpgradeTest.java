package org.entente.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.Api;
import org.entente.app.testing.FreshEmbeddedStore;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Stories;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.ok;

/**
 * A registry written by a build whose arrangement views had no lists, search keys, commitment buckets or dashboard
 * read models beside them (shape 1) comes up under this build with them rebuilt from its events, and says so.
 */
class ReadModelUpgradeTest {

    private static final List<String> DERIVED_FROM_THE_VIEWS = List.of("arrangement_list_directories", "arrangement_list_chunks",
            "arrangement_search", "commitment_buckets", "commitment_days", "milestone_months", "deadline_drifts", "dashboard_parties");

    @Test
    void a_read_model_of_an_older_shape_is_rebuilt_at_start_up_and_its_new_shape_recorded() {
        Path dataFile = FreshEmbeddedStore.newDataFile("entente-upgrade");
        String id;
        try (StartedApplication first = StartedApplication.onEmbeddedStore(dataFile)) {
            id = Stories.usRussiaWithItsThreeMechanisms(first.api().as("USA"));
            ok(first.api().get("/api/arrangements/" + id + "?minVersion=4"));
        }
        try (TestMongo store = TestMongo.on(dataFile)) {
            MongoDatabase database = store.database();
            assertThat(shapeOf(database)).as("recorded by the first start").isEqualTo(3);
            database.getCollection(ReadModelShapes.COLLECTION).deleteMany(new Document());
            DERIVED_FROM_THE_VIEWS.forEach(name -> database.getCollection(name).drop());
            database.getCollection("arrangement_views").updateMany(new Document(), Updates.unset("inEffectFrom"));
        }

        try (StartedApplication upgraded = StartedApplication.onEmbeddedStore(dataFile)) {
            Api api = upgraded.api();
            await("the lists are rebuilt").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode list = ok(api.get("/api/arrangements?party=RUS")).json();
                assertThat(list.get("items").findValuesAsText("id")).containsExactly(id);
                assertThat(ok(api.get("/api/commitments?owedBy=RUS")).json().get("total").asInt()).isEqualTo(3);
                assertThat(ok(api.get("/api/arrangements?q=cyberspace")).json().get("total").asInt()).isEqualTo(1);
                assertThat(ok(api.get("/api/dashboard/milestones?from=2011-06-01&to=2011-12-31&party=RUS")).json()
                        .get("milestones").findValuesAsText("arrangementId")).contains(id);
                assertThat(ok(api.get("/api/dashboard/parties?party=RUS")).json().get("parties").get(0).get("owed").asInt()).isEqualTo(3);
            });
            await("the new shape is recorded").atMost(Duration.ofSeconds(10))
                    .until(() -> upgraded.bean(ReadModelShapes.class).storedShape("arrangement-views") == 3);
        }
    }

    private static Integer shapeOf(MongoDatabase database) {
        Document shape = database.getCollection(ReadModelShapes.COLLECTION).find(new Document("_id", "arrangement-views")).first();
        return shape == null ? null : shape.getInteger("shape");
    }
}
