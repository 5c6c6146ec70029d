package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.entente.app.support.Await;
import org.entente.app.support.EventClock;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;

/**
 * The 2011 US-Russia joint statement on both time axes, through HTTP. Each step is recorded "at" its
 * historical moment ({@link EventClock}); the registry's own clock stays today, so the effective dates
 * are all in its past.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfTest {

    private static final String VIEW = "/api/arrangements/" + BILATERAL;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-as-of");
        // Snapshots every two events: a past view must still be folded from the first event, not from a snapshot.
        registry.add("entente.event-store.snapshot-threshold", () -> "2");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Http http;

    @BeforeAll
    void recordTheHistory() {
        http = new Http(port);
        String recording = "2011-06-27T10:00:00Z";
        assertThat(EventClock.recordingAt(recording, () -> http.post("/api/arrangements", bilateral())).status())
                .isEqualTo(201);
        assertThat(EventClock.recordingAt(recording, () -> http.post(VIEW + "/commitments", commitment("military-views",
                "Exchange papers on military views on operating in cyberspace", "DOCTRINE_EXCHANGE",
                "\"USA\", \"RUS\"", "2011-12-31"))).status()).isEqualTo(201);
        // Agreed in March 2012, entered into the registry in April.
        assertThat(EventClock.recordingAt("2012-04-10T09:00:00Z", () -> http.post(VIEW + "/commitments/military-views/deadline", """
                {"dueBy": "2012-06-30", "reason": "Translation of the papers", "effectiveOn": "2012-03-15"}
                """)).status()).isEqualTo(200);
        assertThat(EventClock.recordingAt("2014-03-21T12:00:00Z", () -> http.post(VIEW + "/status", """
                {"status": "SUSPENDED", "effectiveOn": "2014-03-20", "reason": "Bilateral contacts frozen"}
                """)).status()).isEqualTo(200);
        assertThat(EventClock.recordingAt("2015-09-02T09:00:00Z", () -> http.post(VIEW + "/status", """
                {"status": "IN_FORCE", "effectiveOn": "2015-09-01", "reason": "Working-level contacts restored"}
                """)).status()).isEqualTo(200);
    }

    @Test
    void a_deadline_moved_in_march_and_recorded_in_april_is_unknown_in_march_and_known_in_may() {
        assertThat(dueBy("?knownAt=2012-03-31T12:00:00Z")).isEqualTo("2011-12-31");
        assertThat(dueBy("?knownAt=2012-05-01T00:00:00Z")).isEqualTo("2012-06-30");
        assertThat(dueBy("?knownAt=2012-04-10T10:30:00%2B02:00")).as("an instant with an offset: 08:30 UTC")
                .isEqualTo("2011-12-31");
    }

    @Test
    void the_moved_deadline_is_in_effect_from_march_once_known() {
        assertThat(dueBy("?asOf=2012-03-14")).isEqualTo("2011-12-31");
        assertThat(dueBy("?asOf=2012-03-20")).isEqualTo("2012-06-30");
        assertThat(dueBy("?asOf=2012-03-20&knownAt=2012-04-01T00:00:00Z"))
                .as("in effect on the 20th, but the registry did not know it on April 1").isEqualTo("2011-12-31");
    }

    @Test
    void a_suspended_and_resumed_arrangement_shows_the_status_of_each_day_in_between() {
        assertThat(status("2013-06-01")).isEqualTo("IN_FORCE");
        assertThat(status("2014-03-19")).isEqualTo("IN_FORCE");
        assertThat(status("2014-03-20")).isEqualTo("SUSPENDED");
        assertThat(status("2015-01-15")).isEqualTo("SUSPENDED");
        assertThat(status("2015-08-31")).isEqualTo("SUSPENDED");
        assertThat(status("2015-09-01")).isEqualTo("IN_FORCE");
        assertThat(http.get(VIEW).json().get("status").asText()).as("today").isEqualTo("IN_FORCE");
    }

    @Test
    void the_registry_before_the_suspension_was_recorded_did_not_know_of_it() {
        assertThat(http.get(VIEW + "?asOf=2014-03-20&knownAt=2014-03-21T11:59:59Z").json().get("status").asText())
                .isEqualTo("IN_FORCE");
    }

    @Test
    void an_as_of_view_says_what_it_answers_for_and_judges_overdue_on_that_day() {
        JsonNode view = http.get(VIEW + "?asOf=2012-07-01&knownAt=2013-01-01T00:00:00Z").json();

        assertThat(view.get("id").asText()).isEqualTo(BILATERAL);
        assertThat(view.get("asOf").asText()).isEqualTo("2012-07-01");
        assertThat(view.get("knownAt").asText()).isEqualTo("2013-01-01T00:00:00Z");
        assertThat(view.get("eventsFolded").asInt()).isEqualTo(3);
        assertThat(view.get("eventsRecorded").asInt()).isEqualTo(5);
        assertThat(view.at("/commitments/0/overdue").asBoolean()).as("due 2012-06-30, still open on 2012-07-01").isTrue();
        assertThat(view.at("/counts/overdue").asInt()).isEqualTo(1);
    }

    @Test
    void the_current_view_is_unchanged_by_the_time_axes() {
        JsonNode current = http.get(VIEW).json();

        assertThat(current.has("asOf")).isFalse();
        assertThat(current.get("version").asInt()).isEqualTo(5);
        assertThat(current.at("/commitments/0/extensions/0/effectiveOn").asText()).isEqualTo("2012-03-15");
        assertThat(current.at("/commitments/0/extensions/0/recordedAt").asText()).isEqualTo("2012-04-10T09:00:00Z");
    }

    @Test
    void before_its_conclusion_the_arrangement_was_not_in_effect() {
        Http.Response response = http.get(VIEW + "?asOf=2011-06-22");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("NOT_YET_IN_EFFECT");
        assertThat(response.json().get("detail").asText()).contains("in effect from 2011-06-23");
    }

    @Test
    void before_its_recording_the_registry_did_not_know_the_arrangement() {
        Http.Response response = http.get(VIEW + "?knownAt=2011-06-27T09:59:59Z");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("NOT_YET_RECORDED");
        assertThat(response.json().get("detail").asText()).contains("first recorded at 2011-06-27T10:00:00Z");
    }

    @Test
    void an_unknown_arrangement_has_no_past_either() {
        Http.Response response = http.get("/api/arrangements/no-such-arrangement?asOf=2012-01-01");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("UNKNOWN_ARRANGEMENT");
    }

    @Test
    void the_arrangement_was_snapshotted_yet_its_past_is_folded_from_the_first_event() {
        Await.until("a snapshot is stored", Duration.ofSeconds(10),
                () -> database.getCollection("event_snapshots").countDocuments(new Document("_id", BILATERAL)) == 1);

        assertThat(http.get(VIEW + "?asOf=2011-07-01").json().get("eventsFolded").asInt())
                .as("recording and commitment only").isEqualTo(2);
    }

    @Test
    void malformed_dates_are_rejected_with_a_problem() {
        for (String query : new String[]{"?asOf=yesterday", "?knownAt=2012-05-01", "?asOf=2012-13-01",
                "?asOf=2012-03-20&knownAt=soon"}) {
            Http.Response response = http.get(VIEW + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).as(query).isTrue();
        }
    }

    private String dueBy(String query) {
        Http.Response response = http.get(VIEW + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().at("/commitments/0/dueBy").asText();
    }

    private String status(String asOf) {
        Http.Response response = http.get(VIEW + "?asOf=" + asOf);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("status").asText();
    }
}
