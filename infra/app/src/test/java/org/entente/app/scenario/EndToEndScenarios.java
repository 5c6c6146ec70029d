package org.entente.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ThrowingRunnable;
import org.entente.api.arrangement.Instrument;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.app.testing.Api;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.arrangementWhileNegotiating;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.fulfilment;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.api.fixtures.Requests.withdrawal;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The registry used as a diplomat would use it, through HTTP only: the three real arrangements of the
 * domain description are recorded and changed by the registrars of their parties and read back by an
 * auditor, each under an id of its own, in a registry other tests share. Subclasses choose the MongoDB
 * underneath.
 */
abstract class EndToEndScenarios {

    /** The API of the application under test, signed in as the auditor. */
    abstract Api api();

    /** Signed in as the registrar of the United States, a party to all three arrangements. */
    private Api usa() {
        return api().as("USA");
    }

    // ------------------------------------------------------------------ the 2011 US-Russia joint statement

    @Test
    void the_bilateral_arrangement_is_read_back_as_recorded() {
        String id = bilateralWithItsCommitmentsUnderWay();

        JsonNode view = ok(api().get("/api/arrangements/" + id + "?minVersion=6")).json();

        assertThat(view.get("id").asText()).isEqualTo(id);
        assertThat(view.get("title").asText()).isEqualTo(UsRussia2011.TITLE);
        assertThat(view.get("instrument").asText()).isEqualTo("JOINT_STATEMENT");
        assertThat(view.get("kind").asText()).isEqualTo("BILATERAL");
        assertThat(texts(view.get("parties"))).containsExactly("USA", "RUS");
        assertThat(view.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.get("concludedOn").asText()).isEqualTo(UsRussia2011.CONCLUDED.toString());
        assertThat(view.at("/source/title").asText()).isEqualTo(UsRussia2011.SOURCE.title());
        assertThat(view.get("version").asLong()).isEqualTo(6);
        assertThat(view.get("lastRecordedAt").asText()).isNotBlank();
        assertThat(view.get("statusHistory")).hasSize(1);
        assertThat(view.at("/statusHistory/0/status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.at("/statusHistory/0/effectiveOn").asText()).isEqualTo(UsRussia2011.CONCLUDED.toString());
    }

    @Test
    void a_moved_deadline_keeps_the_original_date_and_lists_the_extension() {
        JsonNode certExchange = commitmentIn(viewOf(bilateralWithItsCommitmentsUnderWay(), 6), CERT_EXCHANGE.id());

        assertThat(certExchange.get("status").asText()).isEqualTo("OPEN");
        assertThat(certExchange.get("originalDueBy").asText()).isEqualTo(UsRussia2011.YEAR_END.toString());
        assertThat(certExchange.get("dueBy").asText()).isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE.toString());
        assertThat(certExchange.get("extensions")).hasSize(1);
        assertThat(certExchange.at("/extensions/0/from").asText()).isEqualTo(UsRussia2011.YEAR_END.toString());
        assertThat(certExchange.at("/extensions/0/to").asText()).isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE.toString());
        assertThat(certExchange.at("/extensions/0/reason").asText()).isEqualTo(UsRussia2011.CERT_EXCHANGE_MOVE_REASON);
        assertThat(certExchange.at("/extensions/0/recordedAt").asText()).isNotBlank();
        assertThat(certExchange.get("overdue").asBoolean()).as("open past its new due date").isTrue();
    }

    @Test
    void progress_puts_a_commitment_in_progress_with_its_note() {
        JsonNode militaryViews = commitmentIn(viewOf(bilateralWithItsCommitmentsUnderWay(), 6), MILITARY_VIEWS.id());

        assertThat(militaryViews.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(militaryViews.at("/progress/0/note").asText()).isEqualTo(UsRussia2011.militaryViewsProgress().note());
        assertThat(militaryViews.at("/progress/0/effectiveOn").asText()).isEqualTo(UsRussia2011.US_PAPER_HANDED_OVER.toString());
        assertThat(militaryViews.get("category").asText()).isEqualTo("DOCTRINE_EXCHANGE");
    }

    @Test
    void a_commitment_still_open_past_its_due_date_is_overdue() {
        JsonNode incidentLinks = commitmentIn(viewOf(bilateralWithItsCommitmentsUnderWay(), 6), INCIDENT_LINKS.id());

        assertThat(incidentLinks.get("status").asText()).isEqualTo("OPEN");
        assertThat(incidentLinks.get("dueBy").asText()).isEqualTo(UsRussia2011.YEAR_END.toString());
        assertThat(incidentLinks.get("overdue").asBoolean()).isTrue();
        assertThat(incidentLinks.get("extensions")).isEmpty();
        assertThat(texts(incidentLinks.get("owedBy"))).containsExactly("USA", "RUS");
    }

    @Test
    void the_bilateral_arrangement_counts_its_commitments_by_status() {
        JsonNode counts = viewOf(bilateralWithItsCommitmentsUnderWay(), 6).get("counts");

        assertThat(counts.get("open").asInt()).isEqualTo(2);
        assertThat(counts.get("inProgress").asInt()).isEqualTo(1);
        assertThat(counts.get("fulfilled").asInt()).isZero();
        assertThat(counts.get("withdrawn").asInt()).isZero();
        assertThat(counts.get("overdue").asInt()).as("all three mechanisms are past their due dates").isEqualTo(3);
    }

    @Test
    void russia_owes_the_three_mechanisms_and_can_filter_them_by_status_and_overdue() {
        String id = bilateralWithItsCommitmentsUnderWay();
        viewOf(id, 6);

        JsonNode russia = partyLedgerListing("/api/parties/RUS/commitments", id, 3);

        assertThat(russia.get("party").asText()).isEqualTo("RUS");
        assertThat(commitmentIdsUnder(id, "/api/parties/RUS/commitments")).containsExactlyInAnyOrder(MILITARY_VIEWS.id(), CERT_EXCHANGE.id(), INCIDENT_LINKS.id());
        assertThat(russia.at("/counts/overdue").asInt()).as("counted over everything Russia owes").isGreaterThanOrEqualTo(3);
        eventually(() -> assertThat(commitmentIdsUnder(id, "/api/parties/RUS/commitments?overdue=true"))
                .containsExactlyInAnyOrder(MILITARY_VIEWS.id(), CERT_EXCHANGE.id(), INCIDENT_LINKS.id()));
        eventually(() -> assertThat(commitmentIdsUnder(id, "/api/parties/RUS/commitments?status=IN_PROGRESS"))
                .containsExactly(MILITARY_VIEWS.id()));
    }

    @Test
    void one_commitment_is_read_on_its_own() {
        String id = bilateralWithItsCommitmentsUnderWay();

        JsonNode single = ok(api().get("/api/arrangements/" + id + "/commitments/" + INCIDENT_LINKS.id() + "?minVersion=6")).json();

        assertThat(single.get("text").asText()).isEqualTo(INCIDENT_LINKS.text());
    }

    @Test
    void a_suspended_and_resumed_arrangement_keeps_every_status_change() {
        String id = Stories.recorded(usa(), UsRussia2011.TERMS);
        ok(usa().post("/api/arrangements/" + id + "/status", statusChange(UsRussia2011.suspended())));
        long version = ok(usa().post("/api/arrangements/" + id + "/status", statusChange(UsRussia2011.resumed())))
                .json().get("version").asLong();

        JsonNode view = viewOf(id, version);

        assertThat(view.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.get("statusHistory")).extracting(s -> s.get("status").asText())
                .containsExactly("IN_FORCE", "SUSPENDED", "IN_FORCE");
        assertThat(view.at("/statusHistory/1/effectiveOn").asText()).isEqualTo(UsRussia2011.SUSPENDED.toString());
        assertThat(view.at("/statusHistory/1/reason").asText()).isEqualTo(UsRussia2011.SUSPENSION_REASON);
    }

    // ------------------------------------------------------------------ the EU-US working group

    @Test
    void the_working_group_is_a_bilateral_mandate_of_the_eu_and_the_united_states() {
        JsonNode view = viewOf(workingGroupWithItsDeliverablesUnderWay(), 9);

        assertThat(view.get("kind").asText()).isEqualTo("BILATERAL");
        assertThat(texts(view.get("parties"))).containsExactly("EU", "USA");
        assertThat(view.get("instrument").asText()).isEqualTo("WORKING_GROUP_MANDATE");
        assertThat(view.get("commitments")).hasSize(4);
        assertThat(texts(commitmentIn(view, EuUsWorkingGroup.CONVENTION.id()).get("owedBy"))).containsExactly("EU");
    }

    @Test
    void a_fulfilled_deliverable_shows_its_date_and_evidence_and_is_not_overdue() {
        JsonNode conference = commitmentIn(viewOf(workingGroupWithItsDeliverablesUnderWay(), 9), EuUsWorkingGroup.CONFERENCE.id());

        assertThat(conference.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(conference.get("fulfilledOn").asText()).isEqualTo(EuUsWorkingGroup.CONFERENCE_HELD.toString());
        assertThat(conference.get("evidence").asText()).isEqualTo(EuUsWorkingGroup.conferenceHeld().evidence());
        assertThat(conference.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void a_withdrawn_deliverable_shows_when_and_why_and_is_not_overdue() {
        JsonNode convention = commitmentIn(viewOf(workingGroupWithItsDeliverablesUnderWay(), 9), EuUsWorkingGroup.CONVENTION.id());

        assertThat(convention.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(convention.get("withdrawnOn").asText()).isEqualTo(EuUsWorkingGroup.CONVENTION_WITHDRAWN_ON.toString());
        assertThat(convention.get("withdrawalReason").asText()).isEqualTo(EuUsWorkingGroup.CONVENTION_WITHDRAWAL_REASON);
        assertThat(convention.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void a_deliverable_without_a_due_date_is_never_overdue() {
        JsonNode awareness = commitmentIn(viewOf(workingGroupWithItsDeliverablesUnderWay(), 9), EuUsWorkingGroup.AWARENESS.id());

        assertThat(awareness.get("dueBy").isNull()).isTrue();
        assertThat(awareness.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(awareness.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void the_working_group_counts_its_deliverables_by_status() {
        JsonNode counts = viewOf(workingGroupWithItsDeliverablesUnderWay(), 9).get("counts");

        assertThat(counts.get("open").asInt()).isEqualTo(1);
        assertThat(counts.get("inProgress").asInt()).isEqualTo(1);
        assertThat(counts.get("fulfilled").asInt()).isEqualTo(1);
        assertThat(counts.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(counts.get("overdue").asInt()).as("the exercise, past even its moved deadline").isEqualTo(1);
    }

    @Test
    void a_partys_commitments_come_earliest_due_first_with_undated_ones_last() {
        String id = workingGroupWithItsDeliverablesUnderWay();
        viewOf(id, 9);

        eventually(() -> assertThat(commitmentIdsUnder(id, "/api/parties/EU/commitments"))
                .containsExactly(EuUsWorkingGroup.CONFERENCE.id(), EuUsWorkingGroup.CONVENTION.id(),
                        EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.AWARENESS.id()));
        eventually(() -> assertThat(commitmentIdsUnder(id, "/api/parties/EU/commitments?status=FULFILLED"))
                .containsExactly(EuUsWorkingGroup.CONFERENCE.id()));
    }

    // ------------------------------------------------------------------ the multilateral arrangement of 2003

    @Test
    void the_multilateral_arrangement_binds_fifteen_states() {
        String id = Stories.recorded(usa(), WatchAndWarning.TERMS);
        long version = created(usa().post("/api/arrangements/" + id + "/commitments", WatchAndWarning.POINTS_OF_CONTACT.json()))
                .json().get("version").asLong();

        JsonNode view = viewOf(id, version);

        assertThat(view.get("kind").asText()).isEqualTo("MULTILATERAL");
        assertThat(texts(view.get("parties"))).containsExactlyElementsOf(WatchAndWarning.PARTIES);
        assertThat(texts(commitmentIn(view, WatchAndWarning.POINTS_OF_CONTACT.id()).get("owedBy"))).hasSize(15);
        partyLedgerListing("/api/parties/FIN/commitments", id, 1);
        assertThat(commitmentIdsUnder(id, "/api/parties/FIN/commitments")).containsExactly(WatchAndWarning.POINTS_OF_CONTACT.id());
    }

    // ------------------------------------------------------------------ the arrangement list

    @Test
    void the_list_filters_by_party_status_and_title_text() {
        String bilateral = visible(Stories.recorded(usa(), UsRussia2011.TERMS));
        String workingGroup = visible(Stories.recorded(usa(), EuUsWorkingGroup.TERMS));
        String multilateral = visible(Stories.recorded(usa(), WatchAndWarning.TERMS));

        assertThat(listed("party=USA")).contains(bilateral, workingGroup, multilateral);
        assertThat(listed("party=RUS")).contains(bilateral).doesNotContain(workingGroup, multilateral);
        assertThat(listed("q=working GROUP")).contains(workingGroup).doesNotContain(bilateral, multilateral);
        assertThat(listed("party=HUN&status=IN_FORCE")).contains(multilateral).doesNotContain(bilateral, workingGroup);
        assertThat(listed("party=RUS&status=TERMINATED")).doesNotContain(bilateral, workingGroup, multilateral);
    }

    @Test
    void the_list_is_paged() {
        visible(Stories.recorded(usa(), UsRussia2011.TERMS));
        visible(Stories.recorded(usa(), EuUsWorkingGroup.TERMS));
        visible(Stories.recorded(usa(), WatchAndWarning.TERMS));

        JsonNode page = ok(api().get("/api/arrangements?party=USA&size=2&page=0")).json();

        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.at("/items/0/counts").isObject()).isTrue();
    }

    // ------------------------------------------------------------------ creating safely

    @Test
    void a_retried_create_answers_the_same() {
        String body = UsRussia2011.json(Unique.id(UsRussia2011.ID));

        Api.Reply first = created(usa().post("/api/arrangements", body));
        Api.Reply again = created(usa().post("/api/arrangements", body));

        assertThat(again.location()).isEqualTo(first.location()).isEqualTo("/api/arrangements/" + first.json().get("id").asText());
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void a_create_with_a_known_id_and_other_content_conflicts() {
        String body = UsRussia2011.json(Unique.id(UsRussia2011.ID));
        created(usa().post("/api/arrangements", body));

        JsonNode different = problem(409, usa().post("/api/arrangements", body.replace(UsRussia2011.TITLE, "Another title")));

        assertThat(different.get("code").asText()).isEqualTo("ARRANGEMENT_ALREADY_RECORDED");
    }

    @Test
    void an_arrangement_without_a_client_id_gets_one_from_the_server() {
        Api.Reply created = created(usa().post("/api/arrangements",
                arrangementWhileNegotiating(WatchAndWarning.TITLE, Instrument.OTHER, WatchAndWarning.PARTIES)));

        String id = created.json().get("id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(created.location()).isEqualTo("/api/arrangements/" + id);
        assertThat(ok(api().get(created.location() + "?minVersion=1")).json().get("status").asText()).isEqualTo("NEGOTIATING");
    }

    // ------------------------------------------------------------------ operations

    @Test
    void the_health_endpoint_reports_up() {
        assertThat(ok(api().get("/actuator/health")).json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void the_api_is_described_by_openapi_and_swagger_ui() {
        JsonNode openApi = ok(api().get("/v3/api-docs")).json();

        assertThat(openApi.at("/paths").has("/api/arrangements")).isTrue();
        assertThat(openApi.at("/paths").has("/api/parties/{code}/commitments")).isTrue();
        assertThat(openApi.at("/paths").has("/api/checks/{checkId}")).isTrue();
        assertThat(api().get("/swagger-ui.html").status()).isIn(200, 302);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The joint statement with its three mechanisms: the paper exchange under way, the CERT exchange's deadline
     * moved, the incident links never reported on. Six events.
     */
    private String bilateralWithItsCommitmentsUnderWay() {
        String id = Stories.usRussiaWithItsThreeMechanisms(usa());
        String commitments = "/api/arrangements/" + id + "/commitments";
        ok(usa().post(commitments + "/" + MILITARY_VIEWS.id() + "/progress", progress(UsRussia2011.militaryViewsProgress())));
        ok(usa().post(commitments + "/" + CERT_EXCHANGE.id() + "/deadline", deadline(UsRussia2011.certExchangeDeadlineMoved())));
        return id;
    }

    /**
     * The working group with the deliverables agreed at Gödöllő: the awareness roadmap under way, the conference
     * held, the exercise slipped, the convention work given up, all recorded by the European Union, which owes
     * every deliverable. Nine events.
     */
    private String workingGroupWithItsDeliverablesUnderWay() {
        Api eu = api().as("EU");
        String id = Stories.recorded(eu, EuUsWorkingGroup.TERMS);
        String commitments = "/api/arrangements/" + id + "/commitments";
        for (CommitmentTerms deliverable : List.of(EuUsWorkingGroup.JOINT_EXERCISE, EuUsWorkingGroup.AWARENESS,
                EuUsWorkingGroup.CONFERENCE, EuUsWorkingGroup.CONVENTION)) {
            created(eu.post(commitments, deliverable.json()));
        }
        ok(eu.post(commitments + "/" + EuUsWorkingGroup.AWARENESS.id() + "/progress", progress(EuUsWorkingGroup.awarenessProgress())));
        ok(eu.post(commitments + "/" + EuUsWorkingGroup.CONFERENCE.id() + "/fulfilment", fulfilment(EuUsWorkingGroup.conferenceHeld())));
        ok(eu.post(commitments + "/" + EuUsWorkingGroup.JOINT_EXERCISE.id() + "/deadline",
                deadline(EuUsWorkingGroup.exerciseDeadlineMoved())));
        ok(eu.post(commitments + "/" + EuUsWorkingGroup.CONVENTION.id() + "/withdrawal",
                withdrawal(EuUsWorkingGroup.conventionWithdrawn())));
        return id;
    }

    /** The arrangement's view once it has folded {@code version} events. */
    private JsonNode viewOf(String id, long version) {
        return ok(api().get("/api/arrangements/" + id + "?minVersion=" + version)).json();
    }

    private String visible(String id) {
        viewOf(id, 1);
        return id;
    }

    /** The ids of every arrangement the list answers to {@code query}, page by page: other tests' arrangements too. */
    private List<String> listed(String query) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = ok(api().get("/api/arrangements?" + query + "&size=200&page=" + page)).json();
            answer.get("items").forEach(item -> ids.add(item.get("id").asText()));
            if (answer.get("items").isEmpty() || ids.size() >= answer.get("total").asLong()) {
                return ids;
            }
        }
    }

    /**
     * The ids of the commitments a party owes under one arrangement, in the order the registry lists them, from
     * every page of the party's list at {@code path} (the registry is shared, so the party owes much else).
     */
    private List<String> commitmentIdsUnder(String arrangementId, String path) {
        return api().everyItem(path, "commitments").stream()
                .filter(c -> c.get("arrangementId").asText().equals(arrangementId))
                .map(c -> c.get("commitmentId").asText()).toList();
    }

    private static JsonNode commitmentIn(JsonNode view, String id) {
        for (JsonNode commitment : view.get("commitments")) {
            if (commitment.get("id").asText().equals(id)) {
                return commitment;
            }
        }
        throw new AssertionError("No commitment " + id + " in " + view);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The party ledger is a projection of its own and may follow the arrangement's view a little later. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion);
    }

    /**
     * A party's commitments once the party ledger, a projection of its own that may follow the arrangement's
     * view a little later, lists the arrangement's {@code expected} commitments.
     */
    private JsonNode partyLedgerListing(String path, String arrangementId, int expected) {
        await("the party ledger lists " + arrangementId).atMost(Duration.ofSeconds(10))
                .until(() -> commitmentIdsUnder(arrangementId, path).size() == expected);
        return ok(api().get(path)).json();
    }
}
