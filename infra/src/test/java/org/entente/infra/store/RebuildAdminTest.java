package org.entente.infra.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.infra.eventstore.CommitLogEventStorageEngine;
import org.entente.infra.support.Await;
import org.entente.infra.support.Http;
import org.entente.infra.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators rebuild a projection through the API, watch its progress, and get the same documents back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildAdminTest {

    private static final int ARRANGEMENTS = 200;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-rebuild");
    }

    @LocalServerPort
    int port;

    @Autowired
    CommitLogEventStorageEngine engine;

    @Autowired
    MongoDatabase database;

    @Test
    void a_rebuild_reports_progress_and_ends_with_the_same_documents() {
        Http http = new Http(port);
        prefill();
        Await.until("the arrangement views are caught up", Duration.ofSeconds(60),
                () -> database.getCollection("arrangement_views").countDocuments() == ARRANGEMENTS
                        && caughtUp(http, "arrangement-views"));
        List<Document> before = views();

        Http.Response started = http.post("/api/admin/projections/arrangement-views/rebuild", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("rebuilding").asBoolean()).isTrue();
        assertThat(started.json().at("/rebuild/total").asLong()).isGreaterThanOrEqualTo(ARRANGEMENTS * 10L);

        Await.until("the rebuild finishes", Duration.ofSeconds(120), () -> !projection(http, "arrangement-views").get("rebuilding").asBoolean());
        Await.until("the documents are back", Duration.ofSeconds(30), () -> views().equals(before));
        assertThat(views()).isEqualTo(before);
        JsonNode after = projection(http, "arrangement-views");
        assertThat(after.get("lag").asLong()).isZero();
        assertThat(http.post("/api/admin/projections/no-such-projection/rebuild", "").status()).isEqualTo(404);
        JsonNode all = http.get("/api/admin/projections").json();
        assertThat(all).extracting(p -> p.get("name").asText()).contains("arrangement-views", "party-ledger", "papers", "checks");
    }

    private void prefill() {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int a = 0; a < ARRANGEMENTS; a++) {
            String id = "rebuilt-" + a;
            batch.add(new GenericDomainEventMessage<>("Arrangement", id, 0, new ArrangementRecorded(id, "Rebuilt " + a,
                    Instrument.AGREEMENT, ArrangementKind.BILATERAL, List.of("USA", "RUS"), ArrangementStatus.IN_FORCE,
                    LocalDate.of(2011, 6, 23), null)));
            for (int s = 1; s < 10; s++) {
                batch.add(new GenericDomainEventMessage<>("Arrangement", id, s, new CommitmentAdded(id, "c" + s, "Commitment " + s,
                        CommitmentCategory.OTHER, List.of("USA"), LocalDate.of(2011, 12, 31), null)));
            }
            if (batch.size() >= 400) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
    }

    private static boolean caughtUp(Http http, String name) {
        return projection(http, name).get("caughtUp").asBoolean();
    }

    private static JsonNode projection(Http http, String name) {
        for (JsonNode projection : http.get("/api/admin/projections").json()) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("No projection " + name);
    }

    private List<Document> views() {
        return database.getCollection("arrangement_views").find().sort(Sorts.ascending("_id")).batchSize(500).into(new ArrayList<>());
    }
}
