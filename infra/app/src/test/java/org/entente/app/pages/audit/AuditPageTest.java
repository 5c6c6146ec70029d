package org.entente.app.pages.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.Requests;
import org.entente.app.support.EventClock;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.app.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * The auditor's view of the EU–US working group, whose joint exercise, due at the end of 2011, was moved on
 * 15 December 2011 to the end of 2013. Each step is stored "at" the moment the group's history says it was
 * recorded ({@link EventClock}), so the page can be asked both what was in force on a day and what the
 * registry knew on a day.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageTest {

    private static final String EXERCISE = EuUsWorkingGroup.JOINT_EXERCISE.id();

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    private Api api;
    private String id;
    private String page;

    @BeforeAll
    void theWorkingGroupWhoseExerciseSlipped() {
        api = new Api(client);
        Api usa = api.as("USA");
        id = Unique.id(EuUsWorkingGroup.ID);
        page = "/arrangements/" + id + "/audit";
        String commitments = "/api/arrangements/" + id + "/commitments";
        EventClock.recordingAt(Instant.parse("2010-11-22T08:00:00Z"),
                () -> created(usa.post("/api/arrangements", EuUsWorkingGroup.TERMS.json(id))));
        EventClock.recordingAt(Instant.parse("2011-04-15T08:01:00Z"),
                () -> created(usa.post(commitments, EuUsWorkingGroup.JOINT_EXERCISE.json())));
        EventClock.recordingAt(Instant.parse("2011-04-15T08:03:00Z"),
                () -> created(usa.post(commitments, EuUsWorkingGroup.CONFERENCE.json())));
        EventClock.recordingAt(Instant.parse("2011-12-15T17:00:00Z"),
                () -> ok(usa.post(commitments + "/" + EXERCISE + "/deadline", Requests.deadline(EuUsWorkingGroup.exerciseDeadlineMoved()))));
    }

    @Test
    void an_earlier_day_in_force_shows_the_earlier_deadline() {
        WebSession auditor = auditor();

        assertThat(dueOfTheExercise(auditor.get(page + "?inForceOn=2011-06-01").document()))
                .isEqualTo(EuUsWorkingGroup.END_2011.toString());
        assertThat(dueOfTheExercise(auditor.get(page + "?inForceOn=2012-06-01").document()))
                .isEqualTo(EuUsWorkingGroup.EXERCISE_NEW_DEADLINE.toString());
    }

    @Test
    void a_move_recorded_later_is_unknown_on_a_day_before_it_was_recorded() {
        WebSession auditor = auditor();

        Document knownBefore = auditor.get(page + "?inForceOn=2012-06-01&knownOn=2011-12-01").document();
        Document knownAfter = auditor.get(page + "?inForceOn=2012-06-01&knownOn=2011-12-15").document();

        assertThat(dueOfTheExercise(knownBefore)).isEqualTo(EuUsWorkingGroup.END_2011.toString());
        assertThat(dueOfTheExercise(knownAfter)).isEqualTo(EuUsWorkingGroup.EXERCISE_NEW_DEADLINE.toString());
        assertThat(knownBefore.getElementById("inForceOn").val()).isEqualTo("2012-06-01");
        assertThat(knownBefore.getElementById("knownOn").val()).isEqualTo("2011-12-01");
    }

    @Test
    void the_days_are_asked_with_a_form_that_keeps_them_in_the_address() {
        Document audit = auditor().get(page).document();

        Element form = audit.getElementById("inForceOn").closest("form");
        assertThat(form.attr("method")).isEqualToIgnoringCase("get");
        assertThat(form.attr("action")).isEqualTo(page);
        assertThat(audit.getElementById("inForceOn").attr("type")).isEqualTo("date");
        assertThat(audit.getElementById("knownOn").attr("type")).isEqualTo("date");
        assertThat(audit.select("label[for=inForceOn]").text()).isNotBlank();
        assertThat(audit.select("label[for=knownOn]").text()).isNotBlank();
    }

    @Test
    void the_page_gives_the_verdict_on_the_chain_and_its_head_hash() {
        JsonNode integrity = ok(api.get("/api/arrangements/" + id + "/integrity")).json();

        Document audit = auditor().get(page).document();

        assertThat(audit.getElementById("integrity").text()).isEqualTo("VERIFIED");
        assertThat(audit.getElementById("head-hash").text()).isEqualTo(integrity.get("headHash").asText());
    }

    @Test
    void the_history_is_read_page_by_page() {
        WebSession auditor = auditor();
        List<String> sequences = new ArrayList<>();
        Document current = auditor.get(page + "?size=3").document();
        assertThat(current.getElementById("history-previous")).isNull();
        int pages = 1;
        while (true) {
            current.select("#history > li").forEach(item -> sequences.add(item.attr("data-sequence")));
            Element next = current.getElementById("history-next");
            if (next == null) {
                break;
            }
            assertThat(next.attr("href")).contains("page=" + pages);
            current = auditor.get(next.attr("href")).document();
            assertThat(current.getElementById("history-previous")).isNotNull();
            pages++;
        }

        assertThat(sequences).containsExactly("0", "1", "2", "3");
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void the_export_link_knows_how_many_events_it_brings() {
        Document audit = auditor().get(page).document();

        Element export = audit.getElementById("export");
        assertThat(export.attr("href")).isEqualTo("/api/arrangements/" + id + "/export");
        assertThat(export.attr("data-events")).isEqualTo("4");
        assertThat(audit.getElementById("export-progress").tagName()).isEqualTo("progress");
        assertThat(audit.select("script[src$=/js/audit.js]")).hasSize(1);
    }

    @Test
    void a_date_that_is_no_date_is_named_next_to_its_field() {
        Api.Reply answer = auditor().get(page + "?inForceOn=2011-02-30");

        Document audit = answer.document();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(audit.getElementById("inForceOn-error").text()).isNotBlank();
        assertThat(audit.getElementById("inForceOn").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void a_day_before_the_arrangement_says_it_was_not_yet_in_effect() {
        Document audit = auditor().get(page + "?inForceOn=2009-01-01").document();

        assertThat(audit.select("#as-of [role=status]").text()).contains("not yet in effect");
        assertThat(audit.select("tr[data-commitment]")).isEmpty();
    }

    @Test
    void a_party_reads_its_own_record_a_viewer_does_not_and_another_party_does_not_learn_of_it() {
        assertThat(WebSession.signedInAs(port, Users.registrarOf("USA")).get(page).status()).isEqualTo(200);
        assertThat(WebSession.signedInAs(port, Users.VIEWER).get(page).status()).isEqualTo(403);
        assertThat(WebSession.signedInAs(port, Users.registrarOf("DEU")).get(page).status()).isEqualTo(404);
    }

    private WebSession auditor() {
        return WebSession.signedInAs(port, Users.AUDITOR);
    }

    private static String dueOfTheExercise(Document audit) {
        Element row = audit.selectFirst("tr[data-commitment=" + EXERCISE + "]");
        assertThat(row).as(audit.select("main").outerHtml()).isNotNull();
        return row.selectFirst("[data-due]").text();
    }
}
