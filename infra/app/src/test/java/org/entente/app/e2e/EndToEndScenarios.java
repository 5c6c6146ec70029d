package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.support.Http;
import org.entente.app.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.MULTILATERAL;
import static org.entente.app.support.RealArrangements.MULTILATERAL_PARTIES;
import static org.entente.app.support.RealArrangements.WORKING_GROUP;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;
import static org.entente.app.support.RealArrangements.multilateral;
import static org.entente.app.support.RealArrangements.workingGroup;

/**
 * The registry used as a diplomat would use it, through HTTP only: the three real arrangements of the
 * domain description are recorded, changed and read back. Subclasses choose the MongoDB underneath.
 */
abstract class EndToEndScenarios {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_bilateral_arrangement_shows_what_is_fulfilled_moved_and_overdue() {
        recordOnce(bilateral());
        created(http.post("/api/arrangements/" + BILATERAL + "/commitments", commitment("cert-exchange",
                "Regular information exchange between the national CERTs, e.g. on botnets",
                "INFORMATION_EXCHANGE", "\"USA\", \"RUS\"", "2011-12-31")));
        created(http.post("/api/arrangements/" + BILATERAL + "/commitments", commitment("military-views",
                "Exchange papers on military views on operating in cyberspace",
                "DOCTRINE_EXCHANGE", "\"USA\", \"RUS\"", "2011-12-31")));
        created(http.post("/api/arrangements/" + BILATERAL + "/commitments", commitment("crisis-link",
                "Communicate about cyber incidents over the existing 24/7 risk-reduction links",
                "COMMUNICATION_LINK", "\"USA\", \"RUS\"", "2011-12-31")));
        ok(http.post("/api/arrangements/" + BILATERAL + "/commitments/cert-exchange/fulfilment",
                "{\"fulfilledOn\": \"2011-12-15\", \"evidence\": \"First CERT-to-CERT exchange on botnets\"}"));
        ok(http.post("/api/arrangements/" + BILATERAL + "/commitments/military-views/progress",
                "{\"note\": \"Drafts circulated between ministries\", \"effectiveOn\": \"2011-11-02\"}"));
        Response moved = ok(http.post("/api/arrangements/" + BILATERAL + "/commitments/military-views/deadline",
                "{\"dueBy\": \"2012-06-30\", \"reason\": \"Papers still in interagency review\"}"));
        long version = moved.json().get("version").asLong();
        assertThat(version).isEqualTo(7);

        JsonNode view = ok(http.get("/api/arrangements/" + BILATERAL + "?minVersion=" + version)).json();

        assertThat(view.get("id").asText()).isEqualTo(BILATERAL);
        assertThat(view.get("title").asText()).isEqualTo("Joint statement on confidence-building measures in cyberspace");
        assertThat(view.get("instrument").asText()).isEqualTo("JOINT_STATEMENT");
        assertThat(view.get("kind").asText()).isEqualTo("BILATERAL");
        assertThat(texts(view.get("parties"))).containsExactly("USA", "RUS");
        assertThat(view.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.get("concludedOn").asText()).isEqualTo("2011-06-23");
        assertThat(view.at("/source/title").asText()).startsWith("Joint statement by Cybersecurity Coordinator");
        assertThat(view.get("version").asLong()).isEqualTo(7);
        assertThat(view.get("lastRecordedAt").asText()).isNotBlank();
        assertThat(view.get("statusHistory")).hasSize(1);
        assertThat(view.at("/statusHistory/0/status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.at("/statusHistory/0/effectiveOn").asText()).isEqualTo("2011-06-23");

        JsonNode cert = commitmentIn(view, "cert-exchange");
        assertThat(cert.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(cert.get("fulfilledOn").asText()).isEqualTo("2011-12-15");
        assertThat(cert.get("evidence").asText()).isEqualTo("First CERT-to-CERT exchange on botnets");
        assertThat(cert.get("overdue").asBoolean()).isFalse();
        assertThat(cert.get("category").asText()).isEqualTo("INFORMATION_EXCHANGE");

        JsonNode views = commitmentIn(view, "military-views");
        assertThat(views.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(views.get("originalDueBy").asText()).isEqualTo("2011-12-31");
        assertThat(views.get("dueBy").asText()).isEqualTo("2012-06-30");
        assertThat(views.get("extensions")).hasSize(1);
        assertThat(views.at("/extensions/0/from").asText()).isEqualTo("2011-12-31");
        assertThat(views.at("/extensions/0/to").asText()).isEqualTo("2012-06-30");
        assertThat(views.at("/extensions/0/reason").asText()).isEqualTo("Papers still in interagency review");
        assertThat(views.at("/extensions/0/recordedAt").asText()).isNotBlank();
        assertThat(views.at("/progress/0/note").asText()).isEqualTo("Drafts circulated between ministries");
        assertThat(views.at("/progress/0/effectiveOn").asText()).isEqualTo("2011-11-02");

        JsonNode link = commitmentIn(view, "crisis-link");
        assertThat(link.get("status").asText()).isEqualTo("OPEN");
        assertThat(link.get("dueBy").asText()).isEqualTo("2011-12-31");
        assertThat(link.get("overdue").asBoolean()).as("open past its due date").isTrue();
        assertThat(link.get("extensions")).isEmpty();
        assertThat(texts(link.get("owedBy"))).containsExactly("USA", "RUS");

        JsonNode counts = view.get("counts");
        assertThat(counts.get("open").asInt()).isEqualTo(1);
        assertThat(counts.get("inProgress").asInt()).isEqualTo(1);
        assertThat(counts.get("fulfilled").asInt()).isEqualTo(1);
        assertThat(counts.get("withdrawn").asInt()).isZero();
        assertThat(counts.get("overdue").asInt()).as("crisis link and the moved paper exchange, both past due").isEqualTo(2);

        JsonNode russia = ok(http.get("/api/parties/RUS/commitments")).json();
        assertThat(russia.get("party").asText()).isEqualTo("RUS");
        assertThat(russia.get("commitments")).hasSize(3);
        assertThat(russia.at("/counts/fulfilled").asInt()).isEqualTo(1);
        assertThat(russia.at("/counts/overdue").asInt()).isEqualTo(2);
        assertThat(russia.at("/commitments/0/arrangementId").asText()).isEqualTo(BILATERAL);
        JsonNode overdueOnly = ok(http.get("/api/parties/RUS/commitments?overdue=true")).json();
        assertThat(overdueOnly.get("commitments")).extracting(c -> c.get("commitmentId").asText())
                .containsExactly("crisis-link", "military-views");
        JsonNode fulfilledOnly = ok(http.get("/api/parties/RUS/commitments?status=FULFILLED")).json();
        assertThat(fulfilledOnly.get("commitments")).extracting(c -> c.get("commitmentId").asText())
                .containsExactly("cert-exchange");

        JsonNode single = ok(http.get("/api/arrangements/" + BILATERAL + "/commitments/crisis-link")).json();
        assertThat(single.get("text").asText()).startsWith("Communicate about cyber incidents");
    }

    @Test
    void the_transatlantic_working_group_holds_its_dated_deliverables() {
        recordOnce(workingGroup());
        String path = "/api/arrangements/" + WORKING_GROUP + "/commitments";
        created(http.post(path, commitment("joint-exercise", "Joint EU-US cyber-incident exercise",
                "JOINT_EXERCISE", "\"EU\", \"USA\"", "2011-12-31")));
        created(http.post(path, commitment("awareness-roadmap", "Joint awareness raising with a roadmap towards synchronised annual efforts",
                "CAPACITY_BUILDING", "\"EU\", \"USA\"", null)));
        created(http.post(path, commitment("child-protection-conference", "Conference on child protection online by end 2011",
                "OTHER", "\"EU\", \"USA\"", "2011-12-31")));
        created(http.post(path, commitment("convention-accession", "Programme to expand accession to the Convention on Cybercrime",
                "CAPACITY_BUILDING", "\"EU\"", null)));
        long version = ok(http.post(path + "/joint-exercise/fulfilment",
                "{\"fulfilledOn\": \"2011-11-03\", \"evidence\": \"Joint exercise held\"}")).json().get("version").asLong();

        JsonNode view = ok(http.get("/api/arrangements/" + WORKING_GROUP + "?minVersion=" + version)).json();
        assertThat(view.get("kind").asText()).isEqualTo("BILATERAL");
        assertThat(texts(view.get("parties"))).containsExactly("EU", "USA");
        assertThat(view.get("instrument").asText()).isEqualTo("WORKING_GROUP_MANDATE");
        assertThat(view.get("commitments")).hasSize(4);
        assertThat(commitmentIn(view, "awareness-roadmap").get("dueBy").isNull()).isTrue();
        assertThat(commitmentIn(view, "awareness-roadmap").get("overdue").asBoolean()).isFalse();
        assertThat(commitmentIn(view, "child-protection-conference").get("overdue").asBoolean()).isTrue();
        assertThat(texts(commitmentIn(view, "convention-accession").get("owedBy"))).containsExactly("EU");
        assertThat(view.at("/counts/fulfilled").asInt()).isEqualTo(1);
        assertThat(view.at("/counts/open").asInt()).isEqualTo(3);

        JsonNode eu = ok(http.get("/api/parties/EU/commitments")).json();
        assertThat(eu.get("commitments")).extracting(c -> c.get("commitmentId").asText())
                .as("earliest due first, no due date last")
                .startsWith("child-protection-conference", "joint-exercise");
        assertThat(eu.get("commitments")).hasSize(4);
    }

    @Test
    void the_multilateral_arrangement_binds_fifteen_states_and_lives_through_its_statuses() {
        recordOnce(multilateral());
        created(http.post("/api/arrangements/" + MULTILATERAL + "/commitments", commitment("share-pocs",
                "Share points of contact for cyber watch and incident response",
                "POINT_OF_CONTACT", "\"" + String.join("\", \"", MULTILATERAL_PARTIES) + "\"", null)));
        ok(http.post("/api/arrangements/" + MULTILATERAL + "/status",
                "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2010-01-15\", \"reason\": \"Review of the contact list\"}"));
        long version = ok(http.post("/api/arrangements/" + MULTILATERAL + "/status",
                "{\"status\": \"IN_FORCE\", \"effectiveOn\": \"2010-03-01\", \"reason\": \"Review completed\"}"))
                .json().get("version").asLong();

        JsonNode view = ok(http.get("/api/arrangements/" + MULTILATERAL + "?minVersion=" + version)).json();
        assertThat(view.get("kind").asText()).isEqualTo("MULTILATERAL");
        assertThat(texts(view.get("parties"))).containsExactly(MULTILATERAL_PARTIES);
        assertThat(view.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(view.get("statusHistory")).extracting(s -> s.get("status").asText())
                .containsExactly("IN_FORCE", "SUSPENDED", "IN_FORCE");
        assertThat(view.at("/statusHistory/1/effectiveOn").asText()).isEqualTo("2010-01-15");
        assertThat(view.at("/statusHistory/1/reason").asText()).isEqualTo("Review of the contact list");
        assertThat(texts(commitmentIn(view, "share-pocs").get("owedBy"))).hasSize(15);

        JsonNode finland = ok(http.get("/api/parties/FIN/commitments")).json();
        assertThat(finland.get("commitments")).extracting(c -> c.get("arrangementId").asText()).containsExactly(MULTILATERAL);
    }

    @Test
    void the_list_filters_by_party_status_and_title_text() {
        recordOnce(bilateral());
        recordOnce(workingGroup());
        recordOnce(multilateral());
        awaitVisible(BILATERAL);
        awaitVisible(WORKING_GROUP);
        awaitVisible(MULTILATERAL);

        assertThat(ids(http.get("/api/arrangements?party=USA"))).contains(BILATERAL, WORKING_GROUP, MULTILATERAL);
        assertThat(ids(http.get("/api/arrangements?party=RUS"))).containsExactly(BILATERAL);
        assertThat(ids(http.get("/api/arrangements?q=working%20GROUP"))).containsExactly(WORKING_GROUP);
        assertThat(ids(http.get("/api/arrangements?party=HUN&status=IN_FORCE"))).containsExactly(MULTILATERAL);
        assertThat(ids(http.get("/api/arrangements?party=RUS&status=TERMINATED"))).isEmpty();

        JsonNode page = ok(http.get("/api/arrangements?party=USA&size=2&page=0")).json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.at("/items/0/counts")).isNotNull();
    }

    @Test
    void a_retried_create_answers_the_same_and_a_different_one_conflicts() {
        String body = """
                {"id": "retry-probe", "title": "Retry probe", "instrument": "AGREEMENT", "parties": ["DEU", "FRA"]}
                """;
        Response first = http.post("/api/arrangements", body);
        Response again = http.post("/api/arrangements", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location()).isEqualTo("/api/arrangements/retry-probe");
        assertThat(again.json()).isEqualTo(first.json());

        Response different = http.post("/api/arrangements", body.replace("Retry probe", "Another title"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.isProblem()).isTrue();
        assertThat(different.json().get("code").asText()).isEqualTo("ARRANGEMENT_ALREADY_RECORDED");
    }

    @Test
    void an_arrangement_without_a_client_id_gets_one_from_the_server() {
        Response created = created(http.post("/api/arrangements", """
                {"title": "Server id probe", "instrument": "MEMORANDUM_OF_UNDERSTANDING", "parties": ["JPN", "AUS"], "status": "NEGOTIATING"}
                """));
        String id = created.json().get("id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(created.location()).isEqualTo("/api/arrangements/" + id);
        JsonNode view = ok(http.get(created.location() + "?minVersion=1")).json();
        assertThat(view.get("status").asText()).isEqualTo("NEGOTIATING");
    }

    @Test
    void operations_endpoints_answer() {
        assertThat(ok(http.get("/actuator/health")).json().get("status").asText()).isEqualTo("UP");
        JsonNode openApi = ok(http.get("/v3/api-docs")).json();
        assertThat(openApi.at("/paths").has("/api/arrangements")).isTrue();
        assertThat(openApi.at("/paths").has("/api/parties/{code}/commitments")).isTrue();
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    // ------------------------------------------------------------------ helpers

    /** Subclasses may share one server across tests; recording is idempotent by id, so each test may ask. */
    void recordOnce(String body) {
        Response response = http.post("/api/arrangements", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    void awaitVisible(String id) {
        ok(http.get("/api/arrangements/" + id + "?minVersion=1"));
    }

    static Response created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static JsonNode commitmentIn(JsonNode view, String id) {
        for (JsonNode commitment : view.get("commitments")) {
            if (commitment.get("id").asText().equals(id)) {
                return commitment;
            }
        }
        throw new AssertionError("No commitment " + id + " in " + view);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    List<String> ids(Response response) {
        List<String> ids = new ArrayList<>();
        ok(response).json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
