package org.entente.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * Eight clients, half signed in for the United States and half for Russia, hammer one arrangement with
 * commands that conflict with each other: suspend and resume races, a commitment id claimed by all,
 * progress notes on the CERT exchange, which both owe. Each answer is a success or
 * a clear 409, and the stored history has no gap and agrees with every success reported. The race runs
 * once; each test judges one thing about its outcome.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 12;
    /** Every status change and note of the race takes effect the same day, so no answer is about the order of dates. */
    private static final LocalDate RACE_DAY = UsRussia2011.SUSPENDED;

    record Outcome(String kind, int status, boolean problem, Long version) {
    }

    @Autowired
    RestTestClient client;

    @Autowired
    EventStore eventStore;

    @Autowired
    MongoDatabase database;

    private final String id = Unique.id(UsRussia2011.ID);
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private Api api;

    @BeforeAll
    void eightClientsRace() throws Exception {
        api = new Api(client);
        Api usa = api.as("USA");
        created(usa.post("/api/arrangements", UsRussia2011.json(id)));
        created(usa.post("/api/arrangements/" + id + "/commitments", CERT_EXCHANGE.json()));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                        outcomes.add(send(c, request));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void every_answer_is_a_success_or_a_conflict_told_as_a_problem() {
        assertThat(outcomes).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(200, 201, 409));
        assertThat(outcomes).filteredOn(o -> o.status() == 409).allSatisfy(o -> assertThat(o.problem()).as(o.toString()).isTrue());
    }

    @Test
    void exactly_one_client_wins_the_shared_commitment_id() {
        assertThat(outcomes).filteredOn(o -> o.kind().equals("claim") && o.status() == 201).hasSize(1);
    }

    @Test
    void the_stored_history_has_no_gap() {
        List<Long> stored = storedSequences();

        assertThat(stored).containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList());
    }

    @Test
    void every_success_produced_exactly_one_event_of_its_own() {
        List<Long> successVersions = outcomes.stream().filter(o -> o.status() < 300).map(Outcome::version).sorted().toList();

        assertThat(successVersions).as("after the two set-up events")
                .containsExactlyElementsOf(LongStream.rangeClosed(3, storedSequences().size()).boxed().toList());
    }

    @Test
    void the_contested_arrangement_is_snapshotted_as_it_goes() {
        await("a snapshot of the contested arrangement is stored").until(
                () -> database.getCollection("event_snapshots").countDocuments(Filters.eq("_id", id)) == 1);
    }

    @Test
    void the_view_agrees_with_every_success_reported() {
        int version = storedSequences().size();

        JsonNode view = ok(api.get("/api/arrangements/" + id + "?minVersion=" + version)).json();

        assertThat(view.get("version").asLong()).isEqualTo(version);
        assertThat(view.at("/commitments/0/progress")).hasSize((int) successes("progress"));
        int statusChanges = (int) (successes("status-suspend") + successes("status-resume"));
        assertThat(view.get("statusHistory")).hasSize(statusChanges + 1);
        assertThat(view.get("status").asText()).isEqualTo(view.get("statusHistory").get(statusChanges).get("status").asText());
    }

    private long successes(String kind) {
        return outcomes.stream().filter(o -> o.kind().equals(kind) && o.status() < 300).count();
    }

    private List<Long> storedSequences() {
        return eventStore.readEvents(id, 0).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    private Outcome send(int client, int request) {
        String arrangement = "/api/arrangements/" + id;
        String who = "client " + client + " request " + request;
        Api party = api.as(client % 2 == 0 ? "USA" : "RUS");
        String kind;
        Api.Reply response;
        switch ((client + request) % 4) {
            case 0 -> {
                kind = "status-suspend";
                response = party.post(arrangement + "/status", statusChange(new ArrangementSuspended(id, RACE_DAY, who)));
            }
            case 1 -> {
                kind = "status-resume";
                response = party.post(arrangement + "/status", statusChange(new ArrangementResumed(id, RACE_DAY, who)));
            }
            case 2 -> {
                kind = "claim";
                CommitmentTerms claim = new CommitmentTerms(UsRussia2011.INCIDENT_LINKS.id(), UsRussia2011.INCIDENT_LINKS.text()
                        + " (as " + who + " has it)", UsRussia2011.INCIDENT_LINKS.category(), List.of("RUS"), null);
                response = party.post(arrangement + "/commitments", claim.json());
            }
            default -> {
                kind = "progress";
                response = party.post(arrangement + "/commitments/" + CERT_EXCHANGE.id() + "/progress",
                        progress(new CommitmentProgressRecorded(id, CERT_EXCHANGE.id(), "Reported by " + who, RACE_DAY)));
            }
        }
        Long version = response.status() < 300 ? response.json().get("version").asLong() : null;
        return new Outcome(kind, response.status(), response.isProblem(), version);
    }
}
