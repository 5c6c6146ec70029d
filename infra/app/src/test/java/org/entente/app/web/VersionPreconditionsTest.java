package org.entente.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.answer;
import static org.entente.api.fixtures.Requests.check;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Optimistic concurrency over HTTP: a read answers the arrangement's version as its ETag, a write naming it
 * in If-Match is stored only while the arrangement is still at that version, and answers the new one.
 */
@EntenteApplicationTest
class VersionPreconditionsTest {

    @Autowired
    RestTestClient client;

    @Autowired
    EventStore eventStore;

    private Api api;
    private String id;
    private String arrangement;

    @BeforeEach
    void usRussiaWithItsThreeMechanisms() {
        api = new Api(client).as("USA");
        id = Stories.usRussiaWithItsThreeMechanisms(api);
        arrangement = "/api/arrangements/" + id;
    }

    private String progressNote(String note) {
        return progress(new CommitmentProgressRecorded(id, CERT_EXCHANGE.id(), note, UsRussia2011.US_PAPER_HANDED_OVER));
    }

    private String progressPath() {
        return arrangement + "/commitments/" + CERT_EXCHANGE.id() + "/progress";
    }

    @Test
    void reading_an_arrangement_answers_its_version_as_its_etag() {
        Api.Reply read = ok(api.get(arrangement + "?minVersion=4"));

        assertThat(read.header("ETag")).isEqualTo("\"4\"");
        assertThat(read.json().get("version").asLong()).isEqualTo(4);
    }

    @Test
    void a_write_naming_the_current_version_is_stored_and_answers_the_new_version_as_its_etag() {
        String etag = ok(api.get(arrangement + "?minVersion=4")).header("ETag");

        Api.Reply written = ok(api.withHeader("If-Match", etag).post(progressPath(), progressNote("Contacts exchanged")));

        assertThat(written.json().get("version").asLong()).isEqualTo(5);
        assertThat(written.header("ETag")).isEqualTo("\"5\"");
    }

    @Test
    void a_write_naming_a_stale_version_answers_412_with_the_current_version_and_stores_nothing() {
        ok(api.post(progressPath(), progressNote("Another client wrote first")));

        JsonNode refusal = problem(412, api.withHeader("If-Match", "\"4\"").post(progressPath(), progressNote("Decided on version 4")));

        assertThat(refusal.get("code").asText()).isEqualTo("VERSION_MISMATCH");
        assertThat(refusal.get("detail").asText()).contains("version 5");
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(4L);
    }

    @Test
    void a_write_naming_one_of_several_versions_is_stored_when_one_is_current() {
        ok(api.withHeader("If-Match", "\"3\", \"4\"").post(progressPath(), progressNote("Either version will do")));
    }

    @Test
    void if_match_star_writes_on_an_arrangement_that_exists_and_is_refused_on_one_that_does_not() {
        ok(api.withHeader("If-Match", "*").post(progressPath(), progressNote("Whatever its version")));

        problem(412, api.withHeader("If-Match", "*").post("/api/arrangements", UsRussia2011.json(id + "-never-recorded")));
    }

    @Test
    void a_malformed_if_match_answers_400_naming_the_header_and_stores_nothing() {
        for (String malformed : List.of("4", "W/\"4\"", "\"four\"", "\"4\",", "*, \"4\"")) {
            JsonNode refusal = problem(400, api.withHeader("If-Match", malformed).post(progressPath(), progressNote("Malformed")));

            assertThat(refusal.at("/errors/0/field").asText()).as(malformed).isEqualTo("If-Match");
        }
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(3L);
    }

    @Test
    void a_check_started_on_a_stale_version_of_its_arrangement_answers_412_and_starts_nothing() {
        String contact = arrangement + "/contacts";
        created(api.as("RUS").post(contact, RUS_CERT.json()));

        problem(412, api.as("USA").withHeader("If-Match", "\"4\"").post(contact + "/" + RUS_CERT.id() + "/checks", check("USA", null)));
        Api.Reply started = created(api.as("USA").withHeader("If-Match", "\"5\"").post(contact + "/" + RUS_CERT.id() + "/checks",
                check("USA", null)));

        assertThat(started.header("ETag")).as("the new check's version").isEqualTo("\"1\"");
    }

    @Test
    void a_check_answers_its_version_as_its_etag_and_is_answered_only_at_the_version_named() {
        created(api.as("USA").post(arrangement + "/contacts", USA_HOTLINE.json()));
        String checkId = Stories.startedCheck(api, id, UsRussia2011.RUS_CHECKS_USA_HOTLINE);
        String path = "/api/checks/" + checkId;
        assertThat(ok(api.get(path + "?minVersion=1")).header("ETag")).isEqualTo("\"1\"");

        problem(412, api.as("USA").withHeader("If-Match", "\"2\"").post(path + "/answer", answer(Stories.now())));
        Api.Reply answered = ok(api.as("USA").withHeader("If-Match", "\"1\"").post(path + "/answer", answer(Stories.now())));

        assertThat(answered.header("ETag")).isEqualTo("\"2\"");
    }
}
