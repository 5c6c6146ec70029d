package org.entente.app.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.CommandRefusal;
import org.entente.app.audit.AuditChain;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Unique;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoredEntry;
import org.entente.verify.ChainVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.app.testing.Expect.created;

/**
 * Two instances of the registry on one database, each keeping the aggregates it loaded in its cache: a
 * command decided on a stale cached aggregate cannot store, its retry decides on the stored events, and the
 * hash chain stays whole; clients writing one arrangement through both at once get a success or a 409
 * problem, never an internal error. The second instance is the application itself, started a second time
 * against the first one's database, so both compose Axon and serve HTTP exactly as production does.
 */
@EntenteApplicationTest
class AggregateCacheTest {

    private static StartedApplication secondInstance;

    @Autowired
    CommandGateway first;

    @Autowired
    CommitLogEventStorageEngine engine;

    @Autowired
    RestTestClient client;

    @BeforeAll
    static void startSecondInstance(@Autowired MongoClient client, @Autowired MongoDatabase database) {
        String address = client.getClusterDescription().getClusterSettings().getHosts().get(0).toString();
        secondInstance = StartedApplication.onMongoDb("mongodb://" + address + "/" + database.getName(),
                "--entente.node-id=second");
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void a_command_on_a_stale_cached_aggregate_conflicts_and_its_retry_succeeds() {
        String id = Unique.id(UsRussia2011.ID);
        CommandGateway second = secondInstance.bean(CommandGateway.class);
        assertThat(first.<Long>sendAndWait(UsRussia2011.recordAs(id))).isEqualTo(1L);
        assertThat(second.<Long>sendAndWait(addCommitment(id, "from-the-second"))).as("the second reads the stored events")
                .isEqualTo(2L);

        assertThatThrownBy(() -> first.sendAndWait(addCommitment(id, "from-the-first")))
                .as("the first's cached aggregate does not know the second's commitment")
                .isInstanceOfSatisfying(CommandExecutionException.class, refused -> assertThat(refused.getDetails())
                        .hasValueSatisfying(details -> assertThat(((CommandRefusal) details).code())
                                .isEqualTo(CommandRefusal.CONCURRENT_MODIFICATION)))
                .hasCauseInstanceOf(ConcurrencyException.class);
        assertThat(first.<Long>sendAndWait(addCommitment(id, "from-the-first"))).as("the retry loads what is stored").isEqualTo(3L);

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engine.storedEventsOf(id)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(3);
    }

    @Test
    void a_cached_aggregate_decides_on_its_own_writes() {
        String id = Unique.id(UsRussia2011.ID);
        first.sendAndWait(UsRussia2011.recordAs(id));
        for (int i = 0; i < 5; i++) {
            assertThat(first.<Long>sendAndWait(addCommitment(id, "c" + i))).isEqualTo(i + 2L);
        }

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engine.storedEventsOf(id)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(6);
    }

    @Test
    void the_same_recording_racing_through_both_instances_is_stored_once_and_the_loser_hears_a_409_or_the_retry_answer() throws Exception {
        String id = Unique.id(UsRussia2011.ID);
        List<Api> instances = List.of(new Api(client).as("USA"), secondInstance.api().as("RUS"));

        List<Api.Reply> answers = race(4, 1, (client, request) ->
                instances.get(client % 2).post("/api/arrangements", UsRussia2011.json(id)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(this::isConcurrentModification);
        assertThat(answers).filteredOn(answer -> answer.status() == 201)
                .isNotEmpty().allSatisfy(answer -> assertThat(answer.json().get("version").asLong()).isEqualTo(1));
        assertThat(engine.storedEventsOf(id)).hasSize(1);
    }

    @Test
    void clients_writing_one_arrangement_through_both_instances_get_a_success_or_a_409_and_one_whole_history() throws Exception {
        String id = Unique.id(UsRussia2011.ID);
        Api first = new Api(client).as("USA");
        Api second = secondInstance.api().as("USA");
        // Both through the first: the second has not loaded the arrangement yet, so neither starts from a stale copy.
        created(first.post("/api/arrangements", UsRussia2011.json(id)));
        created(first.post("/api/arrangements/" + id + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));

        List<Api.Reply> answers = race(6, 8, (client, request) -> {
            Api api = client % 2 == 0 ? first : second;
            String who = "client " + client + " request " + request;
            String arrangement = "/api/arrangements/" + id;
            return switch ((client + request) % 3) {
                case 0 -> api.post(arrangement + "/status", statusChange(new ArrangementSuspended(id, UsRussia2011.SUSPENDED, who)));
                case 1 -> api.post(arrangement + "/status", statusChange(new ArrangementResumed(id, UsRussia2011.SUSPENDED, who)));
                default -> api.post(arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id() + "/progress",
                        progress(new CommitmentProgressRecorded(id, UsRussia2011.CERT_EXCHANGE.id(), "Reported by " + who,
                                UsRussia2011.SUSPENDED)));
            };
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> assertThat(answer.isProblem())
                .as(answer.toString()).isTrue());
        List<StoredEntry> stored = engine.storedEventsOf(id);
        assertThat(stored.stream().map(StoredEntry::sequence).toList())
                .containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList());
        assertThat(answers.stream().filter(answer -> answer.status() == 200).map(answer -> answer.json().get("version").asLong())
                .sorted().toList()).as("each success stored exactly one event of its own")
                .containsExactlyElementsOf(LongStream.rangeClosed(3, stored.size()).boxed().toList());
        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(stored), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
    }

    private void isConcurrentModification(Api.Reply answer) {
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.json().get("code").asText()).isEqualTo(CommandRefusal.CONCURRENT_MODIFICATION);
    }

    private interface Request {
        Api.Reply send(int client, int request);
    }

    /** Clients start together and send their requests one after another; answers in no particular order. */
    private static List<Api.Reply> race(int clients, int requestsPerClient, Request request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Api.Reply>>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    start.await();
                    List<Api.Reply> answers = new ArrayList<>();
                    for (int r = 0; r < requestsPerClient; r++) {
                        answers.add(request.send(client, r));
                    }
                    return answers;
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<List<Api.Reply>> client : running) {
                answers.addAll(client.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static AddCommitment addCommitment(String arrangementId, String commitmentId) {
        return new AddCommitment(arrangementId, commitmentId, "Commitment " + commitmentId,
                UsRussia2011.CERT_EXCHANGE.category(), UsRussia2011.CERT_EXCHANGE.owedBy(), null, null);
    }
}
