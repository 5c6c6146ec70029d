package org.entente.app.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Acting;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.answer;
import static org.entente.api.fixtures.Requests.check;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;
import static org.entente.app.testing.Stories.now;

/**
 * Communication checks through HTTP: Russia tests the United States' 24/7 hotline under the 2011
 * arrangement. A check is started under the contact, then lives on its own, addressed by its own id,
 * in its own stream; answered in time, or failed by the registry itself when nobody answers.
 */
@EntenteApplicationTest
class CommunicationCheckTest {

    private static final CheckTerms TERMS = UsRussia2011.RUS_CHECKS_USA_HOTLINE;

    @Autowired
    RestTestClient client;

    @Autowired
    EventStore eventStore;

    private Api api;
    private String arrangement;

    @BeforeEach
    void theUnitedStatesHotline() {
        api = new Api(client);
        Api usa = api.as("USA");
        arrangement = Stories.recorded(usa, UsRussia2011.TERMS);
        created(usa.post("/api/arrangements/" + arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json()));
    }

    @Test
    void a_started_check_answers_201_with_its_own_location_id_and_version() {
        Api.Reply started = created(startCheck(null));

        String checkId = started.json().get("id").asText();
        assertThat(checkId).as("a plain UUID, no longer prefixed by the arrangement")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(started.location()).isEqualTo("/api/checks/" + checkId);
        assertThat(started.json().get("version").asLong()).as("the check's own version").isEqualTo(1);
    }

    @Test
    void a_started_check_is_read_by_its_id_once_its_view_has_caught_up() {
        Instant answerBy = now().plus(Duration.ofHours(1));
        Api.Reply started = created(startCheck(answerBy));

        JsonNode check = ok(api.get(started.location() + "?minVersion=1")).json();

        assertThat(check.get("id").asText()).isEqualTo(started.json().get("id").asText());
        assertThat(check.get("arrangementId").asText()).isEqualTo(arrangement);
        assertThat(check.get("contactId").asText()).isEqualTo(TERMS.contactId());
        assertThat(check.get("fromParty").asText()).isEqualTo(TERMS.fromParty());
        assertThat(check.get("toParty").asText()).isEqualTo(TERMS.toParty());
        assertThat(check.get("status").asText()).isEqualTo("PENDING");
        assertThat(Instant.parse(check.get("answerBy").asText())).isEqualTo(answerBy);
        assertThat(check.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void an_answered_check_records_its_response_time_in_the_checks_version_two() {
        String checkId = Stories.startedCheck(api, arrangement, TERMS);

        Api.Reply answered = ok(api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer", answer(now())));

        assertThat(answered.json().get("id").asText()).isEqualTo(checkId);
        assertThat(answered.json().get("version").asLong()).isEqualTo(2);
        JsonNode check = ok(api.get("/api/checks/" + checkId + "?minVersion=2")).json();
        assertThat(check.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(check.get("responseTime").asText()).startsWith("PT");
        assertThat(check.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void an_answered_check_is_listed_among_the_answered_checks_of_both_parties() {
        String checkId = Stories.answeredCheck(api, arrangement, TERMS);

        await("the check is listed as answered").untilAsserted(() -> assertThat(
                idsOf("/api/checks?status=ANSWERED&party=" + TERMS.toParty())).contains(checkId));
        assertThat(idsOf("/api/checks?status=ANSWERED&party=" + TERMS.fromParty())).contains(checkId);
        assertThat(idsOf("/api/checks?status=PENDING")).doesNotContain(checkId);
    }

    @Test
    void an_answered_check_shows_the_contact_as_verified_in_the_directory() {
        Stories.answeredCheck(api, arrangement, TERMS);

        await("the directory shows the hotline as verified").untilAsserted(() ->
                assertThat(hotlineInTheDirectory().get("liveness").asText()).isEqualTo("VERIFIED"));
        assertThat(hotlineInTheDirectory().get("lastVerifiedAt").asText()).isNotBlank();
    }

    @Test
    void a_check_is_answered_once() {
        String checkId = Stories.startedCheck(api, arrangement, TERMS);
        Instant answeredAt = now();
        ok(api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer", answer(answeredAt)));

        JsonNode again = problem(409, api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer",
                answer(answeredAt.minusSeconds(1))));

        assertThat(again.get("code").asText()).isEqualTo("CHECK_CLOSED");
    }

    @Test
    void the_same_answer_sent_again_is_a_retry_answering_the_checks_version() {
        String checkId = Stories.startedCheck(api, arrangement, TERMS);
        Instant answeredAt = now();
        ok(api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer", answer(answeredAt)));

        Api.Reply again = ok(api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer", answer(answeredAt)));

        assertThat(again.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void only_the_party_checked_answers() {
        String checkId = Stories.startedCheck(api, arrangement, TERMS);

        JsonNode refused = problem(403, api.as(TERMS.fromParty()).post("/api/checks/" + checkId + "/answer", answer(now())));

        assertThat(refused.get("code").asText()).isEqualTo("ACTING_FOR_ANOTHER_PARTY");
    }

    @Test
    void a_party_does_not_check_its_own_contact() {
        JsonNode refused = problem(422, api.as(TERMS.toParty()).post(checksOfTheHotline(), check(TERMS.toParty(), null)));

        assertThat(refused.get("code").asText()).isEqualTo("CHECK_OF_OWN_CONTACT");
    }

    @Test
    void an_answer_by_time_that_has_passed_is_refused() {
        JsonNode refused = problem(422, startCheck(Instant.now().minus(Duration.ofMinutes(5))));

        assertThat(refused.get("code").asText()).isEqualTo("ANSWER_BY_NOT_AFTER_START");
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("answerBy");
    }

    @Test
    void an_unknown_check_is_not_found_by_its_answer_nor_by_a_read_waiting_for_it() {
        String unknown = Unique.id("never-started");

        JsonNode answered = problem(404, api.as(TERMS.toParty()).post("/api/checks/" + unknown + "/answer", answer(now())));
        JsonNode read = problem(404, api.get("/api/checks/" + unknown + "?minVersion=1"));

        assertThat(answered.get("detail").asText()).isEqualTo("No communication check '" + unknown + "'");
        assertThat(read.get("detail").asText()).isEqualTo("No communication check '" + unknown + "'");
    }

    @Test
    void a_read_waiting_for_a_version_the_check_never_reaches_answers_503_with_retry_after() {
        Api.Reply started = created(startCheck(null));

        Api.Reply late = api.get(started.location() + "?minVersion=3");

        assertThat(problem(503, late).get("type").asText()).isEqualTo("urn:entente:problem:view-not-caught-up");
        assertThat(late.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void a_check_nobody_answers_is_failed_by_the_registry_at_its_deadline() {
        Instant answerBy = now().plusSeconds(2);
        String checkId = created(startCheck(answerBy)).json().get("id").asText();

        await("the registry fails the unanswered check").atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(ok(api.get("/api/checks/" + checkId)).json().get("status").asText()).isEqualTo("FAILED"));
        JsonNode failed = ok(api.get("/api/checks/" + checkId)).json();
        assertThat(Instant.parse(failed.get("failedAt").asText())).as("it fails at its answer-by time").isEqualTo(answerBy);
        assertThat(failed.get("version").asLong()).isEqualTo(2);
        await("the directory shows the hotline as unreachable").untilAsserted(() ->
                assertThat(hotlineInTheDirectory().get("liveness").asText()).isEqualTo("UNREACHABLE"));
        JsonNode late = problem(409, api.as(TERMS.toParty()).post("/api/checks/" + checkId + "/answer", answer(now())));
        assertThat(late.get("code").asText()).isEqualTo("CHECK_CLOSED");
        List<? extends DomainEventMessage<?>> onRecord = eventStore.readEvents(checkId).asStream().toList();
        assertThat(onRecord).extracting(e -> e.getMetaData().get("recorder"))
                .as("started by the checking party's registrar, failed by the registry: the configured default recorder")
                .containsExactly(Users.registrarOf(TERMS.fromParty()), "registry-operator");
        assertThat(onRecord).extracting(e -> e.getMetaData().get(Acting.PARTY)).as("the registry acts for no party")
                .containsExactly(TERMS.fromParty(), null);
    }

    @Test
    void a_check_is_kept_in_its_own_stream_outside_the_arrangements_history_export_and_version() {
        String checkId = Stories.answeredCheck(api, arrangement, TERMS);
        ok(api.get("/api/checks/" + checkId + "?minVersion=2"));

        List<? extends DomainEventMessage<?>> ownStream = eventStore.readEvents(checkId).asStream().toList();
        assertThat(ownStream).extracting(DomainEventMessage::getType).containsOnly("CommunicationCheck");
        assertThat(ownStream).extracting(e -> e.getPayloadType().getSimpleName())
                .containsExactly("CommunicationCheckInitiated", "CommunicationCheckAnswered");
        JsonNode history = ok(api.get("/api/arrangements/" + arrangement + "/history")).json();
        assertThat(history.get("items")).extracting(e -> e.get("type").asText())
                .containsExactly("ArrangementRecorded", "PointOfContactDesignated");
        assertThat(ok(api.get("/api/arrangements/" + arrangement + "/export")).body().lines()).hasSize(2);
        assertThat(ok(api.get("/api/arrangements/" + arrangement + "?minVersion=2")).json().get("version").asLong())
                .as("the arrangement's version: recorded and the contact designated").isEqualTo(2);
    }

    private Api.Reply startCheck(Instant answerBy) {
        return api.as(TERMS.fromParty()).post(checksOfTheHotline(), check(TERMS.fromParty(), answerBy));
    }

    private String checksOfTheHotline() {
        return "/api/arrangements/" + arrangement + "/contacts/" + TERMS.contactId() + "/checks";
    }

    private JsonNode hotlineInTheDirectory() {
        JsonNode directory = ok(api.get("/api/contacts?arrangement=" + arrangement + "&party=" + TERMS.toParty())).json();
        assertThat(directory.get("items")).hasSize(1);
        return directory.get("items").get(0);
    }

    /** The ids of the checks on every page of the list (the registry is shared, so it lists other tests' checks too). */
    private List<String> idsOf(String path) {
        return api.everyItem(path, "items").stream().map(check -> check.get("id").asText()).toList();
    }
}
