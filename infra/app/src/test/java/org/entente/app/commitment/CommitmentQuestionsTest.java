package org.entente.app.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The questions diplomats ask across the registry, over HTTP, on the 2011 US–Russia statement and a
 * suspended copy of it, each under ids of this class: what is overdue, what falls due in a window, what a
 * party will owe late on a later day, in which order, as a spreadsheet. The registry is shared with other
 * tests, so answers are narrowed to this class's arrangements.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentQuestionsTest {

    @Autowired
    RestTestClient client;

    private Api api;
    private String inForce;
    private String suspended;
    private String accented;

    @BeforeAll
    void the_registry_holds_the_statement_in_force_a_suspended_copy_and_a_french_communique() {
        api = new Api(client);
        Api usa = api.as("USA");
        inForce = Stories.usRussiaWithItsThreeMechanisms(usa);
        suspended = Stories.usRussiaWithItsThreeMechanisms(usa);
        ok(usa.post("/api/arrangements/" + suspended + "/status", statusChange(UsRussia2011.suspended())));
        accented = Unique.id("communique");
        created(api.as("FRA").post("/api/arrangements", """
                {"id": "%s", "title": "Réunion franco-allemande des experts", "instrument": "JOINT_STATEMENT",
                 "parties": ["fra", "deu"], "source": {"title": "Communiqué de presse conjoint"}}""".formatted(accented)));
        created(api.as("FRA").post("/api/arrangements/" + accented + "/commitments", """
                {"id": "formula", "text": "=HYPERLINK(\\"http://example.org\\") Échange des points de contact d'urgence",
                 "category": "POINT_OF_CONTACT", "owedBy": ["Deu"], "dueBy": "2030-06-30"}"""));
        await().atMost(Duration.ofSeconds(10)).until(() -> mine("/api/commitments?size=1000").size() == 7);
    }

    @Test
    void overdue_across_the_registry_lists_the_late_commitments_of_arrangements_in_force_only() {
        List<JsonNode> overdue = mine("/api/commitments?overdue=true&size=1000");

        assertThat(overdue).extracting(c -> c.get("arrangementId").asText()).containsOnly(inForce);
        assertThat(overdue).extracting(c -> c.get("commitmentId").asText())
                .containsExactlyInAnyOrder(UsRussia2011.CERT_EXCHANGE.id(), UsRussia2011.INCIDENT_LINKS.id(), UsRussia2011.MILITARY_VIEWS.id());
        assertThat(mine("/api/commitments?arrangement=" + suspended)).hasSize(3)
                .allSatisfy(c -> {
                    assertThat(c.get("arrangementStatus").asText()).isEqualTo("SUSPENDED");
                    assertThat(c.get("overdue").asBoolean()).isFalse();
                });
    }

    @Test
    void a_due_window_answers_what_falls_due_within_it() {
        List<JsonNode> yearEnd = mine("/api/commitments?dueFrom=2011-12-01&dueTo=2011-12-31&size=1000");
        List<JsonNode> later = mine("/api/commitments?dueFrom=2030-06-01&dueTo=2030-06-30&size=1000");

        assertThat(yearEnd).hasSize(6).allSatisfy(c -> assertThat(c.get("dueBy").asText()).isEqualTo("2011-12-31"));
        assertThat(later).extracting(c -> c.get("commitmentId").asText()).containsExactly("formula");
    }

    @Test
    void what_a_party_will_owe_late_on_a_later_day_is_asked_with_as_of_in_any_case_of_its_code() {
        JsonNode onTheDay = ok(api.get("/api/parties/deu/commitments?asOf=2030-07-01&overdue=true&size=1000")).json();
        JsonNode today = ok(api.get("/api/parties/DEU/commitments?overdue=true&size=1000")).json();

        assertThat(onTheDay.get("party").asText()).isEqualTo("DEU");
        assertThat(onTheDay.get("judgedOn").asText()).isEqualTo("2030-07-01");
        assertThat(ids(onTheDay.get("commitments"))).contains(accented + "/formula");
        assertThat(ids(today.get("commitments"))).doesNotContain(accented + "/formula");
    }

    @Test
    void a_list_is_sorted_by_due_date_arrangement_or_party_either_way() {
        List<JsonNode> latestFirst = mine("/api/commitments?sort=dueBy,desc&size=1000");
        List<JsonNode> byArrangement = mine("/api/commitments?sort=arrangement&size=1000");

        assertThat(latestFirst.get(0).get("commitmentId").asText()).isEqualTo("formula");
        assertThat(latestFirst).extracting(c -> c.get("dueBy").asText()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byArrangement).extracting(c -> c.get("arrangementTitle").asText()).isSorted();
        problem(400, api.get("/api/commitments?sort=title"));
        problem(400, api.get("/api/commitments?sort=dueBy,sideways"));
    }

    @Test
    void a_list_of_commitments_opens_in_a_spreadsheet_with_formulas_shown_as_text() {
        Api.Reply csv = ok(api.withHeader("Accept", "text/csv").get("/api/commitments?arrangement=" + accented));

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("arrangementId,arrangementTitle,arrangementStatus,commitmentId,text,category,owedBy,dueBy,status,overdue,fulfilledOn");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(accented + ",Réunion franco-allemande des experts,IN_FORCE,formula,\"'=HYPERLINK(\"\"http://example.org\"\")")
                .endsWith(",POINT_OF_CONTACT,DEU,2030-06-30,OPEN,false,");
    }

    @Test
    void the_lists_of_arrangements_and_contacts_open_in_a_spreadsheet_too() {
        Api csv = api.withHeader("Accept", "text/csv");

        assertThat(ok(csv.get("/api/arrangements?q=reunion")).body().lines().toList())
                .first().asString().startsWith("id,title,instrument,kind,parties,status");
        assertThat(ok(csv.get("/api/arrangements?q=reunion")).body()).contains(accented + ",Réunion franco-allemande des experts,JOINT_STATEMENT,BILATERAL,FRA; DEU,");
        assertThat(ok(csv.get("/api/contacts?arrangement=" + inForce)).body().lines().toList())
                .first().asString().startsWith("id,arrangementId,party,role,office");
    }

    @Test
    void yaml_is_not_offered_rather_than_written_with_dates_of_its_own() {
        problem(406, api.withHeader("Accept", "application/yaml").get("/api/commitments"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            accent and case in the title          | RÉUNION                   | communique
            the source's title                    | communique de presse      | communique
            a commitment's text                   | points de contact d'urgence | communique
            the beginning of a word               | franco-allem              | communique
            """)
    void the_search_finds_title_source_and_commitment_text_ignoring_case_and_accents(String what, String text, String expected) {
        List<JsonNode> found = ok(api.get("/api/arrangements?size=1000&q={q}", text)).json().get("items").findParents("id");

        assertThat(found).extracting(a -> a.get("id").asText()).as(what).contains(accented);
    }

    @Test
    void a_search_for_a_word_nowhere_in_the_text_finds_nothing_of_it() {
        List<JsonNode> found = ok(api.get("/api/arrangements?size=1000&q={q}", "réunion hotline")).json().get("items").findParents("id");

        assertThat(found).extracting(a -> a.get("id").asText()).doesNotContain(accented);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt filter on the registry's commitments | /api/commitments?dueAfter=2012-01-01       | dueAfter
            a filter another list takes                     | /api/arrangements?owedBy=USA                | owedBy
            an unknown parameter on a party's list          | /api/parties/USA/commitments?from=2012-01-01 | from
            a malformed date                                | /api/commitments?dueFrom=next-week          | dueFrom
            a window that ends before it starts             | /api/commitments?dueFrom=2012-01-02&dueTo=2012-01-01 | dueTo
            an unknown party                                | /api/commitments?owedBy=XYZ                 | owedBy
            an unknown status                               | /api/commitments?status=LATE                | status
            """)
    void an_unknown_or_malformed_parameter_is_a_problem_naming_it(String what, String path, String parameter) {
        JsonNode problem = problem(400, api.get(path));

        assertThat(problem.get("errors")).as(what).extracting(e -> e.get("field").asText()).contains(parameter);
    }

    @Test
    void party_codes_are_accepted_in_any_case_and_answered_in_upper_case() {
        JsonNode recorded = ok(api.get("/api/arrangements/" + accented)).json();

        assertThat(recorded.get("parties")).extracting(JsonNode::asText).containsExactly("FRA", "DEU");
        assertThat(ok(api.get("/api/arrangements?party=fra&size=1000")).json().get("items").findValuesAsText("id")).contains(accented);
        assertThat(ok(api.get("/api/parties/fra/outstanding-acknowledgements")).status()).isEqualTo(200);
        assertThat(ok(api.get("/api/contacts?party=usa")).status()).isEqualTo(200);
    }

    /** The items of every page of a list of commitments that belong to this class's arrangements. */
    private List<JsonNode> mine(String path) {
        List<JsonNode> items = new ArrayList<>();
        ok(api.get(path)).json().get("items").forEach(c -> {
            String arrangement = c.get("arrangementId").asText();
            if (arrangement.equals(inForce) || arrangement.equals(suspended) || arrangement.equals(accented)) {
                items.add(c);
            }
        });
        return items;
    }

    private static List<String> ids(JsonNode commitments) {
        List<String> ids = new ArrayList<>();
        commitments.forEach(c -> ids.add(c.get("arrangementId").asText() + "/" + c.get("commitmentId").asText()));
        return ids;
    }
}
