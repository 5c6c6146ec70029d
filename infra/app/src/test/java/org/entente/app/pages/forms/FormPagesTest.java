package org.entente.app.pages.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.Requests;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.entente.app.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The registrar's forms, read as a browser reads them: each at its own address, naming the API route its
 * script sends to, every field labelled and with the error element the API's problems are shown in. The
 * United States' registrar opens them under the 2011 joint statement, with a contact of its own, a Russian
 * paper addressed to it and a Russian check of its hotline waiting for an answer.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPagesTest {

    private static final Set<String> DATE_FIELDS = Set.of("concludedOn", "dueBy", "agreedOn", "effectiveOn", "fulfilledOn",
            "receivedOn", "submittedOn");
    private static final String COMMITMENT = UsRussia2011.CERT_EXCHANGE.id();
    private static final String CONTACT = UsRussia2011.USA_HOTLINE.id();
    private static final String PAPER = UsRussia2011.RUS_PAPER;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    private Api api;
    private String id;
    private String checkId;

    @BeforeAll
    void anArrangementWithSomethingToAnswerForEveryForm() {
        api = new Api(client);
        Api usa = api.as("USA");
        id = Stories.recorded(usa, UsRussia2011.TERMS);
        String arrangement = "/api/arrangements/" + id;
        created(usa.post(arrangement + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        long version = created(usa.post(arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json())).json().get("version").asLong();
        created(api.as("RUS").post(arrangement + "/papers", Requests.paper(UsRussia2011.rusPaperSubmitted())));
        checkId = created(api.as("RUS").post(arrangement + "/contacts/" + CONTACT + "/checks", Requests.check("RUS", null)))
                .json().get("id").asText();
        // The forms are read from the views; on a busy registry the projections may still be folding these writes.
        for (String view : List.of(arrangement + "?minVersion=" + version, arrangement + "/papers/" + PAPER,
                "/api/checks/" + checkId)) {
            await(view).atMost(Duration.ofSeconds(60)).until(() -> api.get(view).status() == 200);
        }
    }

    Stream<Arguments> forms() {
        String api = "/api/arrangements/" + id;
        String page = "/arrangements/" + id;
        return Stream.of(
                arguments("/arrangements/new", "/api/arrangements", "POST"),
                arguments(page + "/commitments/new", api + "/commitments", "POST"),
                arguments(page + "/commitments/" + COMMITMENT + "/progress", api + "/commitments/" + COMMITMENT + "/progress", "POST"),
                arguments(page + "/commitments/" + COMMITMENT + "/fulfil", api + "/commitments/" + COMMITMENT + "/fulfilment", "POST"),
                arguments(page + "/commitments/" + COMMITMENT + "/deadline", api + "/commitments/" + COMMITMENT + "/deadline", "POST"),
                arguments(page + "/contacts/new", api + "/contacts", "POST"),
                arguments(page + "/contacts/" + CONTACT + "/edit", api + "/contacts/" + CONTACT, "PATCH"),
                arguments(page + "/papers/new", api + "/papers", "POST"),
                arguments(page + "/papers/" + PAPER + "/acknowledge", api + "/papers/" + PAPER + "/acknowledgements", "POST"),
                arguments(page + "/checks/" + checkId + "/answer", "/api/checks/" + checkId + "/answer", "POST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void every_form_names_its_api_route_and_labels_every_field_with_an_error_element(String path, String action, String method) {
        Document page = registrar().get(path).document();

        Element form = page.selectFirst("form[data-entente-form]");
        assertThat(form).as(page.outerHtml()).isNotNull();
        assertThat(form.attr("action")).isEqualTo(action);
        assertThat(form.hasAttr("data-method") ? form.attr("data-method") : "POST").isEqualTo(method);
        assertThat(form.select("[role=alert]")).hasSize(1);
        assertThat(page.select("meta[name=_csrf]").attr("content")).isNotBlank();
        assertThat(page.select("meta[name=_csrf_header]").attr("content")).isNotBlank();
        assertThat(page.select("script[src$=/js/forms.js]")).hasSize(1);
        List<Element> controls = form.select("input[name], select[name], textarea[name]");
        assertThat(controls).isNotEmpty();
        for (Element control : controls) {
            String name = control.attr("name");
            assertThat(labelsOf(page, control)).as("a label for " + name).isNotEmpty();
            assertThat(control.attr("aria-describedby").split(" ")).as("the error element of " + name).contains(name + "-error");
            assertThat(page.getElementById(name + "-error")).as("#" + name + "-error").isNotNull();
            if (DATE_FIELDS.contains(name)) {
                assertThat(control.attr("type")).as(name).isEqualTo("date");
            }
            if (control.hasAttr("required") && !control.attr("type").equals("checkbox")) {
                assertThat(labelsOf(page, control).get(0).text()).as(name).contains("(required)");
            }
        }
    }

    @Test
    void the_forms_of_an_arrangement_carry_its_version_for_if_match() {
        long version = ok(api.get("/api/arrangements/" + id)).json().get("version").asLong();

        Element form = registrar().get("/arrangements/" + id + "/commitments/new").document().selectFirst("form[data-entente-form]");

        assertThat(form.attr("data-if-match")).isEqualTo(Long.toString(version));
        assertThat(form.attr("data-success")).isEqualTo("/arrangements/" + id);
    }

    @Test
    void what_is_known_is_filled_in() {
        WebSession registrar = registrar();

        assertThat(registrar.get("/arrangements/new").document().getElementById("parties").val()).contains("USA");
        assertThat(registrar.get("/arrangements/" + id + "/commitments/" + COMMITMENT + "/deadline").document()
                .getElementById("dueBy").val()).isEqualTo(UsRussia2011.YEAR_END.toString());
        Document contact = registrar.get("/arrangements/" + id + "/contacts/" + CONTACT + "/edit").document();
        assertThat(contact.getElementById("office").val()).isEqualTo(UsRussia2011.USA_HOTLINE.details().office());
        assertThat(contact.getElementById("channels[0].value").val())
                .isEqualTo(UsRussia2011.USA_HOTLINE.details().channels().get(0).value());
        assertThat(registrar.get("/arrangements/" + id + "/papers/" + PAPER + "/acknowledge").document()
                .getElementById("party").val()).isEqualTo("USA");
        assertThat(registrar.get("/arrangements/" + id + "/commitments/new").document()
                .select("input[name=owedBy][value=USA]").hasAttr("checked")).isTrue();
    }

    @Test
    void the_enumerations_are_offered_with_the_api_values() {
        Document page = registrar().get("/arrangements/" + id + "/commitments/new").document();

        assertThat(page.select("select[name=category] option").eachAttr("value"))
                .contains("POINT_OF_CONTACT", "DOCTRINE_EXCHANGE", "JOINT_EXERCISE", "OTHER");
    }

    @Test
    void a_form_sent_as_its_script_sends_it_is_recorded_once_and_a_bad_date_is_named_by_the_field_of_the_form() {
        WebSession registrar = registrar();
        String path = "/arrangements/" + id + "/commitments/" + COMMITMENT + "/progress";
        Document page = registrar.get(path).document();
        Element form = page.selectFirst("form[data-entente-form]");
        String csrf = page.select("meta[name=_csrf]").attr("content");
        String key = UUID.randomUUID().toString();
        String body = "{\"note\": \"Experts met in Geneva\"}";

        Api.Reply first = registrar.write("POST", form.attr("action"), body, csrf,
                "Idempotency-Key", key, "If-Match", "\"" + form.attr("data-if-match") + "\"");
        Api.Reply again = registrar.write("POST", form.attr("action"), body, csrf,
                "Idempotency-Key", key, "If-Match", "\"" + form.attr("data-if-match") + "\"");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        long written = first.json().get("version").asLong();
        assertThat(ok(api.get("/api/arrangements/" + id + "?minVersion=" + written)).json().get("version").asLong()).isEqualTo(written);

        Api.Reply refused = registrar.write("POST", form.attr("action"),
                "{\"note\": \"Experts met again\", \"effectiveOn\": \"2011-02-30\"}", csrf, "Idempotency-Key", UUID.randomUUID().toString());
        JsonNode problem = refused.json();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("effectiveOn");
        assertThat(page.getElementById(problem.at("/errors/0/field").asText() + "-error")).isNotNull();
    }

    @Test
    void a_stale_form_is_refused_with_the_version_it_was_read_at() {
        WebSession registrar = registrar();
        Document page = registrar.get("/arrangements/" + id + "/commitments/" + COMMITMENT + "/progress").document();
        Element form = page.selectFirst("form[data-entente-form]");
        ok(api.as("USA").post("/api/arrangements/" + id + "/commitments/" + COMMITMENT + "/progress", "{\"note\": \"Meanwhile\"}"));

        Api.Reply refused = registrar.write("POST", form.attr("action"), "{\"note\": \"Too late\"}",
                page.select("meta[name=_csrf]").attr("content"), "If-Match", "\"" + form.attr("data-if-match") + "\"");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
        assertThat(refused.json().get("detail").asText()).contains("version");
    }

    @Test
    void an_auditor_is_shown_that_the_forms_are_not_for_it() {
        Api.Reply refused = WebSession.signedInAs(port, Users.AUDITOR).get("/arrangements/" + id + "/commitments/new");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isHtml()).isTrue();
        assertThat(refused.document().select("form[data-entente-form]")).isEmpty();
    }

    @Test
    void a_registrar_of_another_party_is_not_told_the_arrangement_exists() {
        Api.Reply hidden = WebSession.signedInAs(port, Users.registrarOf("DEU")).get("/arrangements/" + id + "/commitments/new");
        Api.Reply unknown = registrar().get("/arrangements/no-such-arrangement/commitments/new");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isHtml()).isTrue();
        assertThat(hidden.document().select("main").text()).isEqualTo(unknown.document().select("main").text()
                .replace("no-such-arrangement", id));
    }

    @Test
    void a_contact_of_another_party_is_not_offered_for_update() {
        Api.Reply refused = WebSession.signedInAs(port, Users.registrarOf("RUS")).get("/arrangements/" + id + "/contacts/" + CONTACT + "/edit");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void an_unknown_commitment_is_a_page_not_found() {
        Api.Reply missing = registrar().get("/arrangements/" + id + "/commitments/no-such-commitment/fulfil");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().select("main").text()).contains("no-such-commitment");
    }

    private WebSession registrar() {
        return WebSession.signedInAs(port, Users.registrarOf("USA"));
    }

    /** The labels of a control; its id is a field path, with dots and brackets a selector would have to escape. */
    private static List<Element> labelsOf(Document page, Element control) {
        return page.select("label[for]").stream().filter(label -> !control.id().isEmpty() && label.attr("for").equals(control.id())).toList();
    }
}
