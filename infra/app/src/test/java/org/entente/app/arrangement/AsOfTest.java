package org.entente.app.arrangement;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.support.EventClock;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_SECOND_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The 2011 US-Russia joint statement on both time axes, through HTTP. Each step is recorded "at" the
 * moment the fixture's history says it was stored ({@link EventClock}), and the second move of the CERT
 * exchange's deadline, agreed in March 2012, only in April; the registry's own clock stays today, so
 * every effective date is in its past.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfTest {

    private final String id = Unique.id(UsRussia2011.ID);
    private final String view = "/api/arrangements/" + id;

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

    private Api api;

    @BeforeAll
    void recordTheHistory() {
        api = new Api(client);
        Api usa = api.as("USA");
        String commitments = view + "/commitments";
        String certExchange = commitments + "/" + CERT_EXCHANGE.id();
        EventClock.recordingAt(storedAt(UsRussia2011.recorded()), () -> created(usa.post("/api/arrangements", UsRussia2011.json(id))));
        EventClock.recordingAt(storedAt(CERT_EXCHANGE.addedTo(UsRussia2011.ID)), () -> created(usa.post(commitments, CERT_EXCHANGE.json())));
        EventClock.recordingAt(storedAt(UsRussia2011.certExchangeDeadlineMoved()),
                () -> ok(usa.post(certExchange + "/deadline", deadline(UsRussia2011.certExchangeDeadlineMoved()))));
        // Agreed in March 2012, entered into the registry in April.
        EventClock.recordingAt(UsRussia2011.CERT_EXCHANGE_MOVED_AGAIN_RECORDED,
                () -> ok(usa.post(certExchange + "/deadline", deadline(UsRussia2011.certExchangeDeadlineMovedAgain()))));
        EventClock.recordingAt(storedAt(UsRussia2011.suspended()),
                () -> ok(usa.post(view + "/status", statusChange(UsRussia2011.suspended()))));
        EventClock.recordingAt(storedAt(UsRussia2011.resumed()),
                () -> ok(usa.post(view + "/status", statusChange(UsRussia2011.resumed()))));
        // The current view has folded all six events: the tests that read it without a time axis read them all.
        ok(api.get(view + "?minVersion=6"));
    }

    @Test
    void a_deadline_moved_in_march_and_recorded_in_april_is_unknown_in_march_and_known_in_may() {
        assertThat(dueBy("?knownAt=2012-03-31T12:00:00Z")).isEqualTo(CERT_EXCHANGE_NEW_DEADLINE.toString());
        assertThat(dueBy("?knownAt=2012-05-01T00:00:00Z")).isEqualTo(CERT_EXCHANGE_SECOND_DEADLINE.toString());
        // An instant with an offset, 08:30 UTC; a URI variable, so that its '+' is encoded rather than read as a space.
        assertThat(ok(api.get(view + "?knownAt={knownAt}", "2012-04-10T10:30:00+02:00")).json().at("/commitments/0/dueBy").asText())
                .isEqualTo(CERT_EXCHANGE_NEW_DEADLINE.toString());
    }

    @Test
    void the_moved_deadline_is_in_effect_from_march_once_known() {
        assertThat(dueBy("?asOf=2011-12-27")).as("before the first move").isEqualTo(YEAR_END.toString());
        assertThat(dueBy("?asOf=2012-03-14")).isEqualTo(CERT_EXCHANGE_NEW_DEADLINE.toString());
        assertThat(dueBy("?asOf=2012-03-20")).isEqualTo(CERT_EXCHANGE_SECOND_DEADLINE.toString());
        assertThat(dueBy("?asOf=2012-03-20&knownAt=2012-04-01T00:00:00Z"))
                .as("in effect on the 20th, but the registry did not know it on April 1").isEqualTo(CERT_EXCHANGE_NEW_DEADLINE.toString());
    }

    @Test
    void a_suspended_and_resumed_arrangement_shows_the_status_of_each_day_in_between() {
        assertThat(status("2013-06-01")).isEqualTo("IN_FORCE");
        assertThat(status("2014-03-19")).isEqualTo("IN_FORCE");
        assertThat(status(UsRussia2011.SUSPENDED.toString())).isEqualTo("SUSPENDED");
        assertThat(status("2015-01-15")).isEqualTo("SUSPENDED");
        assertThat(status("2015-08-31")).isEqualTo("SUSPENDED");
        assertThat(status(UsRussia2011.RESUMED.toString())).isEqualTo("IN_FORCE");
        assertThat(ok(api.get(view)).json().get("status").asText()).as("today").isEqualTo("IN_FORCE");
    }

    @Test
    void the_registry_before_the_suspension_was_recorded_did_not_know_of_it() {
        Instant recorded = storedAt(UsRussia2011.suspended());

        JsonNode asKnownBefore = ok(api.get(view + "?asOf=" + UsRussia2011.SUSPENDED + "&knownAt=" + recorded.minusSeconds(1))).json();

        assertThat(asKnownBefore.get("status").asText()).isEqualTo("IN_FORCE");
    }

    @Test
    void an_as_of_view_says_what_it_answers_for_and_judges_overdue_on_that_day() {
        JsonNode asKnownInApril = ok(api.get(view + "?asOf=2012-07-01&knownAt=2012-04-01T00:00:00Z")).json();

        assertThat(asKnownInApril.get("id").asText()).isEqualTo(id);
        assertThat(asKnownInApril.get("asOf").asText()).isEqualTo("2012-07-01");
        assertThat(asKnownInApril.get("knownAt").asText()).isEqualTo("2012-04-01T00:00:00Z");
        assertThat(asKnownInApril.get("eventsFolded").asInt()).as("recorded, added, moved once").isEqualTo(3);
        assertThat(asKnownInApril.get("eventsRecorded").asInt()).isEqualTo(6);
        assertThat(asKnownInApril.at("/commitments/0/overdue").asBoolean()).as("due 2012-06-30, still open on 2012-07-01").isTrue();
        assertThat(asKnownInApril.at("/counts/overdue").asInt()).isEqualTo(1);
    }

    @Test
    void the_same_day_as_known_later_has_the_second_deadline_and_nothing_overdue() {
        JsonNode asKnownInMay = ok(api.get(view + "?asOf=2012-07-01&knownAt=2012-05-01T00:00:00Z")).json();

        assertThat(asKnownInMay.get("eventsFolded").asInt()).isEqualTo(4);
        assertThat(asKnownInMay.at("/commitments/0/dueBy").asText()).isEqualTo(CERT_EXCHANGE_SECOND_DEADLINE.toString());
        assertThat(asKnownInMay.at("/commitments/0/overdue").asBoolean()).isFalse();
        assertThat(asKnownInMay.at("/counts/overdue").asInt()).isZero();
    }

    @Test
    void the_current_view_is_unchanged_by_the_time_axes() {
        JsonNode current = ok(api.get(view)).json();

        assertThat(current.has("asOf")).isFalse();
        assertThat(current.get("version").asInt()).isEqualTo(6);
        assertThat(current.at("/commitments/0/extensions/0/to").asText()).isEqualTo(CERT_EXCHANGE_NEW_DEADLINE.toString());
        assertThat(current.at("/commitments/0/extensions/1/effectiveOn").asText())
                .isEqualTo(UsRussia2011.CERT_EXCHANGE_MOVED_AGAIN_ON.toString());
        assertThat(current.at("/commitments/0/extensions/1/recordedAt").asText())
                .isEqualTo(UsRussia2011.CERT_EXCHANGE_MOVED_AGAIN_RECORDED.toString());
    }

    @Test
    void before_its_conclusion_the_arrangement_was_not_in_effect() {
        JsonNode refused = problem(404, api.get(view + "?asOf=" + UsRussia2011.CONCLUDED.minusDays(1)));

        assertThat(refused.get("code").asText()).isEqualTo("NOT_YET_IN_EFFECT");
        assertThat(refused.get("detail").asText()).contains("in effect from " + UsRussia2011.CONCLUDED);
    }

    @Test
    void before_its_recording_the_registry_did_not_know_the_arrangement() {
        Instant recorded = storedAt(UsRussia2011.recorded());

        JsonNode refused = problem(404, api.get(view + "?knownAt=" + recorded.minusSeconds(1)));

        assertThat(refused.get("code").asText()).isEqualTo("NOT_YET_RECORDED");
        assertThat(refused.get("detail").asText()).contains("first recorded at " + recorded);
    }

    @Test
    void an_unknown_arrangement_has_no_past_either() {
        JsonNode refused = problem(404, api.get("/api/arrangements/" + Unique.id("never-recorded") + "?asOf=2012-01-01"));

        assertThat(refused.get("code").asText()).isEqualTo("UNKNOWN_ARRANGEMENT");
    }

    @Test
    void the_arrangement_was_snapshotted_yet_its_past_is_folded_from_the_first_event() {
        await("a snapshot of the arrangement is stored").until(
                () -> database.getCollection("event_snapshots").countDocuments(Filters.eq("_id", id)) == 1);

        assertThat(ok(api.get(view + "?asOf=2011-07-01")).json().get("eventsFolded").asInt())
                .as("recording and commitment only").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?asOf=yesterday", "?knownAt=2012-05-01", "?asOf=2012-13-01", "?asOf=2012-03-20&knownAt=soon"})
    void malformed_dates_are_rejected_with_a_problem(String query) {
        problem(400, api.get(view + query));
    }

    /** The instant the fixture's history says this fact of the arrangement was stored. */
    private static Instant storedAt(Object fact) {
        return UsRussia2011.history().messages().stream().filter(message -> message.getPayload().equals(fact))
                .findFirst().orElseThrow(() -> new AssertionError("Not in the history: " + fact)).getTimestamp();
    }

    private String dueBy(String query) {
        return ok(api.get(view + query)).json().at("/commitments/0/dueBy").asText();
    }

    private String status(String asOf) {
        return ok(api.get(view + "?asOf=" + asOf)).json().get("status").asText();
    }
}
