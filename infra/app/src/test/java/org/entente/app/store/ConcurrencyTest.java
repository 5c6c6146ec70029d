package org.entente.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.commitment;

/**
 * Eight clients hammer one arrangement with commands that conflict with each other: suspend and resume
 * races, a commitment id claimed by all, progress notes. Each answer is a success or a clear 409, and
 * the stored history has no gap and agrees with every success reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrencyTest {

    private static final String ID = "contested";
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 12;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-concurrency");
        // Snapshot often, so the race also exercises loading the aggregate from a snapshot.
        registry.add("entente.event-store.snapshot-threshold", () -> "5");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    MongoDatabase database;

    record Outcome(String kind, int status, Long version) {
    }

    @Test
    void conflicting_commands_from_eight_clients_leave_a_gap_free_consistent_history() throws Exception {
        Http http = new Http(port);
        assertThat(http.post("/api/arrangements", """
                {"id": "%s", "title": "Contested arrangement", "instrument": "AGREEMENT", "parties": ["USA", "RUS"], "concludedOn": "2011-06-23"}
                """.formatted(ID)).status()).isEqualTo(201);
        assertThat(http.post("/api/arrangements/" + ID + "/commitments",
                commitment("base", "Base commitment", "OTHER", "\"USA\"", null)).status()).isEqualTo(201);

        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            clients.add(pool.submit(() -> {
                start.await();
                for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                    outcomes.add(send(http, c, request));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(200, 201, 409));
        assertThat(outcomes).filteredOn(o -> o.kind().equals("claim") && o.status() == 201)
                .as("exactly one client wins the shared commitment id").hasSize(1);

        List<Long> successVersions = outcomes.stream().filter(o -> o.status() < 300).map(Outcome::version).sorted().toList();
        List<Long> stored = eventStore.readEvents(ID, 0).asStream().map(DomainEventMessage::getSequenceNumber).toList();
        long finalVersion = stored.size();
        assertThat(stored).as("gap-free sequence").containsExactlyElementsOf(LongStream.range(0, finalVersion).boxed().toList());
        assertThat(successVersions).as("every success produced exactly one distinct event after the two set-up events")
                .containsExactlyElementsOf(LongStream.rangeClosed(3, finalVersion).boxed().toList());

        Await.until("a snapshot of the contested arrangement is stored", Duration.ofSeconds(10),
                () -> database.getCollection("event_snapshots").countDocuments(Filters.eq("_id", ID)) == 1);

        JsonNode view = http.get("/api/arrangements/" + ID + "?minVersion=" + finalVersion).json();
        assertThat(view.get("version").asLong()).isEqualTo(finalVersion);
        long progressAccepted = outcomes.stream().filter(o -> o.kind().equals("progress") && o.status() == 200).count();
        JsonNode base = view.get("commitments").get(0);
        assertThat(base.get("progress")).hasSize((int) progressAccepted);
        long statusChanges = outcomes.stream().filter(o -> o.kind().startsWith("status") && o.status() == 200).count();
        assertThat(view.get("statusHistory")).hasSize((int) statusChanges + 1);
        String lastStatus = view.get("statusHistory").get((int) statusChanges).get("status").asText();
        assertThat(view.get("status").asText()).isEqualTo(lastStatus);
    }

    private static Outcome send(Http http, int client, int request) {
        String base = "/api/arrangements/" + ID;
        Http.Response response;
        String kind;
        switch ((client + request) % 4) {
            case 0 -> {
                kind = "status-suspend";
                response = http.post(base + "/status",
                        "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"client " + client + "\"}");
            }
            case 1 -> {
                kind = "status-resume";
                response = http.post(base + "/status",
                        "{\"status\": \"IN_FORCE\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"client " + client + "\"}");
            }
            case 2 -> {
                kind = "claim";
                response = http.post(base + "/commitments", commitment("shared", "Claimed by client " + client + " request " + request,
                        "OTHER", "\"RUS\"", null));
            }
            default -> {
                kind = "progress";
                response = http.post(base + "/commitments/base/progress",
                        "{\"note\": \"client " + client + " request " + request + "\", \"effectiveOn\": \"2012-02-01\"}");
            }
        }
        Long version = response.status() < 300 ? response.json().get("version").asLong() : null;
        if (response.status() == 409) {
            assertThat(response.isProblem()).as(response.toString()).isTrue();
        }
        return new Outcome(kind, response.status(), version);
    }
}
