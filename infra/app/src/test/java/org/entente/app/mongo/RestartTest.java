package org.entente.app.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.FreshEmbeddedStore;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.answer;
import static org.entente.api.fixtures.Requests.check;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The embedded store keeps everything across a stop and start of the application on the same data file:
 * the events, the views, and a check's deadline, which the registry still enforces when it passed while
 * the application was down.
 * <p>
 * These tests start applications of their own ({@link StartedApplication}) on the embedded store: a restart
 * is not something the shared application can do, and the second start runs the registry clock
 * two hours ahead, so that the check's deadline lies in the past when it comes up again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartTest {

    private static final CheckTerms TERMS = UsRussia2011.RUS_CHECKS_USA_HOTLINE;

    private final Path dataFile = FreshEmbeddedStore.newDataFile("entente-restart");
    private StartedApplication restarted;
    private String id;
    private JsonNode viewBeforeStop;
    private JsonNode viewAfterRestart;
    private List<Long> sequencesAfterRestart;
    private String checkId;
    private Instant answerBy;

    @BeforeAll
    void recordStopAndStartAgainTwoHoursLater() {
        try (StartedApplication first = StartedApplication.onEmbeddedStore(dataFile, "--entente.checks.sweep-interval=200ms")) {
            Api api = first.api();
            Api usa = api.as("USA");
            id = Stories.usRussiaWithItsThreeMechanisms(usa);
            ok(usa.post("/api/arrangements/" + id + "/commitments/" + UsRussia2011.MILITARY_VIEWS.id() + "/progress",
                    progress(UsRussia2011.militaryViewsProgress())));
            created(usa.post("/api/arrangements/" + id + "/contacts", UsRussia2011.USA_HOTLINE.json()));
            answerBy = Stories.now().plus(Duration.ofHours(1));
            checkId = created(api.as(TERMS.fromParty()).post("/api/arrangements/" + id + "/contacts/" + TERMS.contactId() + "/checks",
                    check(TERMS.fromParty(), answerBy))).json().get("id").asText();
            ok(api.get("/api/checks/" + checkId + "?minVersion=1"));
            await("the directory knows the hotline, as never answered yet").untilAsserted(() -> assertThat(
                    ok(api.get("/api/contacts?arrangement=" + id)).json().at("/items/0/liveness").asText()).isEqualTo("UNTESTED"));
            viewBeforeStop = ok(api.get("/api/arrangements/" + id + "?minVersion=6")).json();
        }
        restarted = StartedApplication.onEmbeddedStore(dataFile, "--entente.clock.offset=PT2H", "--entente.checks.sweep-interval=200ms");
        // Read before any test writes to it.
        viewAfterRestart = ok(restarted.api().get("/api/arrangements/" + id + "?minVersion=6")).json();
        sequencesAfterRestart = storedSequences();
    }

    @AfterAll
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void a_restarted_registry_reads_the_arrangement_back_as_it_was() {
        assertThat(viewAfterRestart).isEqualTo(viewBeforeStop);
    }

    /** The stopped instance left unused positions behind (its block, tombstoned at the stop): they are no lag. */
    @Test
    void after_the_restart_no_projection_counts_positions_reserved_and_never_used_as_lag() {
        Api admin = restarted.api().signedInAs(Users.ADMIN);

        await("every projection has caught up").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (JsonNode projection : ok(admin.get("/api/admin/projections")).json()) {
                assertThat(projection.get("lag").asLong()).as(projection.toString()).isZero();
                assertThat(projection.get("caughtUp").asBoolean()).as(projection.toString()).isTrue();
                assertThat(projection.get("position").asLong()).as(projection.toString()).isEqualTo(projection.get("head").asLong());
            }
        });
    }

    @Test
    void the_restart_duplicates_no_event() {
        assertThat(sequencesAfterRestart).containsExactlyElementsOf(LongStream.range(0, 6).boxed().toList());
    }

    @Test
    void a_write_after_the_restart_continues_the_stream_where_it_stopped() {
        Api api = restarted.api();
        Api usa = api.as("USA");

        Api.Reply moved = ok(usa.post("/api/arrangements/" + id + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id() + "/deadline",
                deadline(UsRussia2011.certExchangeDeadlineMoved())));

        assertThat(moved.json().get("version").asLong()).isEqualTo(7);
        JsonNode caughtUp = ok(api.get("/api/arrangements/" + id + "?minVersion=7")).json();
        assertThat(caughtUp.get("commitments")).hasSize(3);
        assertThat(caughtUp.get("statusHistory")).hasSize(1);
        assertThat(storedSequences()).containsExactlyElementsOf(LongStream.range(0, 7).boxed().toList());
    }

    @Test
    void a_check_whose_deadline_passed_while_the_registry_was_down_is_failed_after_the_restart() {
        Api api = restarted.api();

        await("the registry fails the overdue check").atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ok(api.get("/api/checks/" + checkId)).json().get("status").asText()).isEqualTo("FAILED"));
        JsonNode failed = ok(api.get("/api/checks/" + checkId)).json();
        assertThat(Instant.parse(failed.get("failedAt").asText())).as("failed at its deadline, not at the restart").isEqualTo(answerBy);
        await("the directory shows the hotline as unreachable").untilAsserted(() -> assertThat(
                ok(api.get("/api/contacts?arrangement=" + id)).json().at("/items/0/liveness").asText()).isEqualTo("UNREACHABLE"));
        JsonNode late = problem(409, api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer",
                answer(Stories.now())));
        assertThat(late.get("code").asText()).isEqualTo("CHECK_CLOSED");
    }

    private List<Long> storedSequences() {
        return restarted.bean(EventStore.class).readEvents(id, 0).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
