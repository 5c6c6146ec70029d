package org.entente.app.store;

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
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.app.support.Await;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;

/** Operators rebuild every projection through the API, watch the progress, and get the same documents back. */
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

    /** Each projection and the collection it keeps. */
    private static final Map<String, String> COLLECTIONS = Map.of(
            "arrangement-views", "arrangement_views",
            "party-ledger", "party_ledger",
            "contact-directory", "contact_directory",
            "papers", "doctrine_papers",
            "checks", "communication_checks");

    @Test
    void every_projection_is_rebuilt_through_the_api_with_progress_and_ends_with_the_same_documents() {
        Http http = new Http(port);
        prefill();
        recordContactsPapersAndChecks(http);
        Await.until("every projection is caught up", Duration.ofSeconds(60),
                () -> database.getCollection("arrangement_views").countDocuments() == ARRANGEMENTS + 1
                        && COLLECTIONS.keySet().stream().allMatch(name -> caughtUp(http, name)));
        Await.until("the check is answered in its read model", Duration.ofSeconds(10),
                () -> documents("communication_checks").stream().anyMatch(d -> "ANSWERED".equals(d.getString("status"))));
        JsonNode listed = http.get("/api/admin/projections").json();
        assertThat(listed).extracting(p -> p.get("name").asText()).containsExactlyInAnyOrderElementsOf(COLLECTIONS.keySet());

        for (String name : COLLECTIONS.keySet()) {
            String collection = COLLECTIONS.get(name);
            List<Document> before = documents(collection);
            assertThat(before).as(name + " has documents to rebuild").isNotEmpty();

            Http.Response started = http.post("/api/admin/projections/" + name + "/rebuild", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(started.json().get("rebuilding").asBoolean()).isTrue();
            assertThat(started.json().at("/rebuild/total").asLong()).isGreaterThanOrEqualTo(ARRANGEMENTS * 10L);
            List<JsonNode> progressSeen = watchUntilRebuilt(http, name);

            Await.until(name + " documents are back", Duration.ofSeconds(30), () -> documents(collection).equals(before));
            assertThat(documents(collection)).as(name).isEqualTo(before);
            assertThat(projection(http, name).get("lag").asLong()).as(name).isZero();
            if (name.equals("arrangement-views")) {
                // The largest rebuild runs for seconds; while it runs, it says how far it is, how fast and how long.
                assertThat(progressSeen).as("progress reported mid-rebuild").anySatisfy(progress -> {
                    assertThat(progress.get("processed").asLong()).isPositive()
                            .isLessThan(progress.get("total").asLong());
                    assertThat(progress.get("eventsPerSecond").asDouble()).isPositive();
                    assertThat(progress.get("secondsLeft").isNumber()).isTrue();
                });
            }
        }
        assertThat(http.post("/api/admin/projections/no-such-projection/rebuild", "").status()).isEqualTo(404);
    }

    /** Polls the listing while the rebuild runs and keeps every progress figure it saw. */
    private static List<JsonNode> watchUntilRebuilt(Http http, String name) {
        List<JsonNode> seen = new ArrayList<>();
        Await.until(name + " is rebuilt", Duration.ofSeconds(120), () -> {
            JsonNode status = projection(http, name);
            if (status.get("rebuilding").asBoolean()) {
                seen.add(status.get("rebuild"));
                return false;
            }
            return true;
        });
        return seen;
    }

    /** A small real history through HTTP, so the contact, paper and check read models have something to rebuild. */
    private static void recordContactsPapersAndChecks(Http http) {
        String arrangement = "/api/arrangements/" + BILATERAL;
        assertThat(http.post("/api/arrangements", bilateral()).status()).isEqualTo(201);
        Http.Response designated = http.as("USA").post(arrangement + "/contacts", """
                {"id": "us-hotline", "party": "USA", "role": "HOTLINE_24_7", "office": "Situation room",
                 "channels": [{"type": "PHONE", "value": "+12025550100"}], "availability": {"always": true},
                 "effectiveOn": "2011-07-01"}
                """);
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        Http.Response paper = http.as("RUS").post(arrangement + "/papers", """
                {"id": "ru-views", "fromParty": "RUS", "title": "Views", "subject": "doctrine", "language": "ru",
                 "marking": "UNCLASSIFIED", "submittedOn": "2011-11-14", "sha256": "%s"}
                """.formatted("ab".repeat(32)));
        assertThat(paper.status()).as(paper.toString()).isEqualTo(201);
        assertThat(http.as("USA").post(arrangement + "/papers/ru-views/acknowledgements",
                "{\"party\": \"USA\", \"receivedOn\": \"2011-11-20\"}").status()).isEqualTo(200);
        Http.Response check = http.as("RUS").post(arrangement + "/contacts/us-hotline/checks", "{\"fromParty\": \"RUS\"}");
        assertThat(check.status()).as(check.toString()).isEqualTo(201);
        Http.Response answered = http.as("USA").post("/api/checks/" + check.json().get("id").asText() + "/answer",
                "{\"answeredAt\": \"" + Instant.now() + "\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
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

    private List<Document> documents(String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).batchSize(500).into(new ArrayList<>());
    }
}
