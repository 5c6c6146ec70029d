package org.entente.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.arrangement.Instrument;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.Json;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.app.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The web application's pages over HTTP, as a browser signed in with the sign-in form sees them: each role gets
 * the pages and the links it may use, refusals and unknown addresses are readable pages, and the API keeps
 * answering problem documents.
 */
@EntenteApplicationTest
class PagesTest {

    private static final String OWNER = "NOR";
    private static final String COUNTERPART = "FIN";
    private static final String OUTSIDER = "ISL";

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void the_sign_in_page_has_labelled_fields_and_a_failed_sign_in_says_so_in_an_alert() {
        WebSession session = new WebSession(port);
        Api.Reply page = session.get("/login");

        html(200, page);
        assertThat(page.body()).contains("<label for=\"username\"", "id=\"username\" name=\"username\"",
                "<label for=\"password\"", "id=\"password\" name=\"password\"", "type=\"submit\" id=\"sign-in\"");
        assertThat(page.body()).doesNotContain("role=\"alert\"");

        Api.Reply refused = session.signIn(Users.VIEWER, "not the password");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login?error");
        assertThat(html(200, session.get("/login?error")).body()).contains("role=\"alert\"", "The name or the password is not right");
    }

    @Test
    void a_page_asked_for_before_signing_in_leads_to_the_sign_in_and_back_to_it() {
        WebSession session = new WebSession(port);

        Api.Reply asked = session.get("/arrangements?q=hotline");
        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.location()).endsWith("/login");

        Api.Reply signedIn = session.signIn(Users.VIEWER, Users.passwordOf(Users.VIEWER));
        assertThat(signedIn.location()).endsWith("/arrangements?q=hotline");
        assertThat(html(200, session.get("/arrangements?q=hotline")).body()).contains("data-user", Users.VIEWER, "Viewer");
    }

    @Test
    void an_administrator_signs_in_to_the_operations_page_with_every_projection_and_its_rebuild_button() {
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(Users.ADMIN, Users.passwordOf(Users.ADMIN)).location()).endsWith("/operations");

        String page = html(200, admin.get("/operations")).body();

        JsonNode projections = new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json();
        assertThat(projections.size()).isPositive();
        projections.forEach(p -> assertThat(page).contains("data-projection=\"" + p.get("name").asText() + "\"",
                "data-rebuild=\"" + p.get("name").asText() + "\"", "id=\"progress-" + p.get("name").asText() + "\""));
        assertThat(page).contains(">Operations</a>").doesNotContain(">Dashboard</a>");
    }

    @Test
    void the_operations_page_starts_a_rebuild_through_the_administration_api_with_its_csrf_token() {
        WebSession admin = WebSession.signedInAs(port, Users.ADMIN);
        String csrf = WebSession.csrfOf(admin.get("/operations").body());
        String projection = smallestProjection();

        assertThat(admin.post("/api/admin/projections/" + projection + "/rebuild", null, null).status()).isEqualTo(403);
        Api.Reply started = admin.post("/api/admin/projections/" + projection + "/rebuild", null, csrf);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuilding(projection));
    }

    @Test
    void the_browser_libraries_and_the_pages_own_files_are_served_to_anyone() {
        WebSession anonymous = new WebSession(port);
        for (String file : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/htmx-ext-sse/sse.js", "/webjars/chart.js/dist/chart.umd.min.js", "/css/entente.css", "/js/entente.js")) {
            Api.Reply served = anonymous.get(file, "*/*");
            assertThat(served.status()).as(file).isEqualTo(200);
            assertThat(served.bytes().length).as(file).isPositive();
        }
    }

    @Test
    void the_arrangement_list_finds_an_arrangement_and_offers_recording_only_to_registrars() {
        String title = Unique.id("Pages-list");
        String id = anArrangement(title);
        await().atMost(Duration.ofSeconds(10)).until(() -> new Api(client).get("/api/arrangements?q=" + title).body().contains(id));

        String owner = html(200, WebSession.signedInAs(port, Users.registrarOf(OWNER)).get("/arrangements?q=" + title)).body();
        String viewer = html(200, WebSession.signedInAs(port, Users.VIEWER).get("/arrangements?q=" + title)).body();
        String outsider = html(200, WebSession.signedInAs(port, Users.registrarOf(OUTSIDER)).get("/arrangements?q=" + title)).body();

        assertThat(owner).contains("href=\"/arrangements/" + id + "\"", "id=\"record-arrangement\"", "href=\"/arrangements/new\"");
        assertThat(viewer).contains("href=\"/arrangements/" + id + "\"").doesNotContain("id=\"record-arrangement\"");
        assertThat(outsider).doesNotContain(id);
    }

    @Test
    void the_arrangement_page_shows_its_parts_and_offers_the_forms_to_its_parties_only() {
        String id = anArrangement(Unique.id("Pages arrangement"));
        String base = "/arrangements/" + id;

        String owner = html(200, WebSession.signedInAs(port, Users.registrarOf(OWNER)).get(base)).body();
        assertThat(owner).contains("data-commitment=\"briefing\"", "data-contact=\"nor-hotline\"", "data-paper=\"nor-views\"",
                "data-milestone", "not moved", "NOR, FIN");
        assertThat(owner).contains(base + "/commitments/new", base + "/commitments/briefing/progress",
                base + "/commitments/briefing/fulfil", base + "/commitments/briefing/deadline", base + "/contacts/new",
                base + "/contacts/nor-hotline/edit", base + "/papers/new", base + "/audit");
        assertThat(owner).doesNotContain(base + "/papers/nor-views/acknowledge");

        String counterpart = html(200, WebSession.signedInAs(port, Users.registrarOf(COUNTERPART)).get(base)).body();
        assertThat(counterpart).contains(base + "/papers/nor-views/acknowledge", base + "/commitments/briefing/deadline")
                .doesNotContain(base + "/commitments/briefing/fulfil", base + "/contacts/nor-hotline/edit");

        String viewer = html(200, WebSession.signedInAs(port, Users.VIEWER).get(base)).body();
        assertThat(viewer).contains("data-commitment=\"briefing\"").doesNotContain(base + "/commitments/new", base + "/audit",
                "/content");

        String auditor = html(200, WebSession.signedInAs(port, Users.AUDITOR).get(base)).body();
        assertThat(auditor).contains(base + "/audit").doesNotContain(base + "/commitments/new", base + "/papers/new");
    }

    @Test
    void a_registrar_of_another_party_gets_the_same_not_found_page_as_for_an_unknown_arrangement() {
        String id = anArrangement(Unique.id("Pages hidden"));
        String unknown = Unique.id("never-recorded");
        WebSession outsider = WebSession.signedInAs(port, Users.registrarOf(OUTSIDER));

        Api.Reply hidden = html(404, outsider.get("/arrangements/" + id));
        Api.Reply missing = html(404, outsider.get("/arrangements/" + unknown));

        assertThat(hidden.body()).contains("No arrangement &#39;" + id + "&#39;");
        assertThat(withoutTokens(hidden.body()).replace(id, "ID")).isEqualTo(withoutTokens(missing.body()).replace(unknown, "ID"));
        html(404, outsider.get("/arrangements/" + id + "/sections"));
    }

    @Test
    void a_page_the_role_does_not_allow_is_a_readable_forbidden_page() {
        String id = anArrangement(Unique.id("Pages forbidden"));
        WebSession viewer = WebSession.signedInAs(port, Users.VIEWER);

        assertThat(html(403, viewer.get("/operations")).body()).contains("You may not see this page", "data-user");
        html(403, viewer.get("/arrangements/" + id + "/audit"));
        html(403, WebSession.signedInAs(port, Users.AUDITOR).get("/arrangements/new"));
        html(403, WebSession.signedInAs(port, Users.AUDITOR).get("/arrangements/" + id + "/commitments/briefing/fulfil"));
        html(403, WebSession.signedInAs(port, Users.ADMIN).get("/"));
        html(403, WebSession.signedInAs(port, Users.registrarOf(OWNER)).get("/operations"));
    }

    @Test
    void an_unknown_page_is_a_not_found_page_for_a_browser_while_the_api_keeps_its_problem_documents() {
        WebSession viewer = WebSession.signedInAs(port, Users.VIEWER);

        assertThat(html(404, viewer.get("/no-such-page")).body()).contains("Page not found", "There is no page at this address");
        Api.Reply api = viewer.get("/api/no-such-route");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.isProblem()).as(api.toString()).isTrue();
        Api.Reply forbidden = viewer.get("/api/admin/projections");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.isProblem()).as(forbidden.toString()).isTrue();
        problem(400, new Api(client).get("/api/arrangements?sise=3"));
    }

    @Test
    void a_query_parameter_a_page_does_not_take_is_a_bad_request_page_naming_it() {
        WebSession viewer = WebSession.signedInAs(port, Users.VIEWER);

        assertThat(html(400, viewer.get("/arrangements?sise=3")).body()).contains("sise", "is not a parameter");
        assertThat(html(400, viewer.get("/arrangements?party=XXQ")).body()).contains("party", "not a known party code");
        assertThat(html(400, viewer.get("/arrangements/" + Unique.id("any") + "?wall=1")).body()).contains("wall");
    }

    @Test
    void the_arrangement_sections_show_a_change_once_the_projections_have_folded_it() {
        String id = anArrangement(Unique.id("Pages live"));
        WebSession owner = WebSession.signedInAs(port, Users.registrarOf(OWNER));
        assertThat(html(200, owner.get("/arrangements/" + id)).body()).doesNotContain("data-commitment=\"later\"");

        created(new Api(client).as(OWNER).post("/api/arrangements/" + id + "/commitments", commitmentJson("later")));
        long position = new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json().get(0).get("head").asLong();

        String sections = html(200, owner.get("/arrangements/" + id + "/sections?after=" + position)).body();
        assertThat(sections).contains("data-commitment=\"later\"", "id=\"commitments\"", "data-live")
                .doesNotContain("<header", "<html");
    }

    @Test
    void signing_out_takes_the_pages_token_and_ends_the_session() {
        WebSession viewer = WebSession.signedInAs(port, Users.VIEWER);
        String page = html(200, viewer.get("/arrangements")).body();
        assertThat(page).contains("id=\"sign-out\"", "<meta name=\"_csrf\"", "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"");

        html(403, viewer.postForm("/logout", null));
        Api.Reply signedOut = viewer.postForm("/logout", WebSession.csrfOf(page));

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).endsWith("/login?logout");
        assertThat(viewer.get("/arrangements").status()).isEqualTo(302);
    }

    @Test
    void the_dashboard_shows_the_windows_milestones_what_is_overdue_drifting_deadlines_and_the_parties_records() {
        String id = Unique.id("pages-dashboard");
        Api monaco = new Api(client).as("MCO");
        created(monaco.post("/api/arrangements", Json.arrangement(id, Unique.id("Dashboard"), Instrument.JOINT_STATEMENT,
                List.of("MCO", "SMR"), LocalDate.of(2011, 9, 1), null)));
        String soon = LocalDate.now().plusDays(10).toString();
        created(monaco.post("/api/arrangements/" + id + "/commitments", "{\"id\": \"soon\", \"text\": \"Open the hotline\", "
                + "\"category\": \"COMMUNICATION_LINK\", \"owedBy\": [\"MCO\"], \"dueBy\": \"" + soon + "\"}"));
        created(monaco.post("/api/arrangements/" + id + "/commitments", "{\"id\": \"late\", \"text\": \"Exchange the papers\", "
                + "\"category\": \"DOCTRINE_EXCHANGE\", \"owedBy\": [\"MCO\"], \"dueBy\": \"2012-06-30\"}"));
        ok(monaco.post("/api/arrangements/" + id + "/commitments/late/deadline",
                "{\"dueBy\": \"2012-12-31\", \"reason\": \"Interagency review\", \"effectiveOn\": \"2012-06-01\"}"));
        WebSession viewer = WebSession.signedInAs(port, Users.VIEWER);
        long position = new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json().get(0).get("head").asLong();

        String sections = html(200, viewer.get("/dashboard/sections?party=MCO&after=" + position)).body();
        String page = html(200, viewer.get("/?party=MCO")).body();

        assertThat(page).contains("id=\"milestones\"", "id=\"overdue\"", "id=\"drifting\"", "id=\"scorecards\"",
                "id=\"contact-health\"", "<label for=\"party\"", "<label for=\"from\"", "<label for=\"to\"",
                "data-live-source=\"/dashboard/sections?party=MCO\"");
        for (String answer : List.of(sections, page)) {
            assertThat(milestones(answer)).anySatisfy(item -> assertThat(item).contains("data-arrangement=\"" + id + "\"",
                    "data-commitment=\"soon\"", "data-kind=\"COMMITMENT_DUE\"", "data-overdue=\"false\""));
            assertThat(milestones(answer)).anySatisfy(item -> assertThat(item).contains("data-arrangement=\"" + id + "\"",
                    "data-commitment=\"late\"", "data-kind=\"COMMITMENT_DUE\"", "data-overdue=\"true\""));
            assertThat(answer).contains("<strong class=\"badge-overdue\">Overdue</strong>", "data-drift=\"late\"",
                    "2012-06-30</time> → <time>2012-12-31", "<th scope=\"row\">MCO</th>");
        }
    }

    // ---- helpers ----

    /** The start tags of a page's milestone items, each on one line. */
    private static List<String> milestones(String page) {
        return java.util.regex.Pattern.compile("<li class=\"milestone\"[^>]*>").matcher(page).results()
                .map(match -> match.group().replaceAll("\\s+", " ")).toList();
    }

    /** A page without its CSRF tokens, which are masked anew on every answer. */
    private static String withoutTokens(String page) {
        return page.replaceAll("(name=\"_csrf\" (content|value)=\")[^\"]+", "$1");
    }

    private static Api.Reply html(int status, Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isHtml()).as(reply.toString()).isTrue();
        return reply;
    }

    /** An arrangement between the owner and the counterpart with a commitment, a contact and a paper, folded into its view. */
    private String anArrangement(String title) {
        Api owner = new Api(client).as(OWNER);
        String id = Unique.id("pages");
        created(owner.post("/api/arrangements", Json.arrangement(id, title, Instrument.JOINT_STATEMENT, List.of(OWNER, COUNTERPART),
                LocalDate.of(2011, 9, 1), null)));
        String base = "/api/arrangements/" + id;
        created(owner.post(base + "/commitments", commitmentJson("briefing")));
        created(owner.post(base + "/contacts", new ContactTerms("nor-hotline", OWNER, ContactRole.HOTLINE_24_7,
                new ContactDetails("Ministry of Foreign Affairs", "Duty officer", List.of(new Channel(ChannelType.PHONE, "+4722000000")),
                        Availability.aroundTheClock(), List.of("en")), LocalDate.of(2011, 10, 1)).json()));
        Map<String, String> paper = new LinkedHashMap<>();
        paper.put("id", "nor-views");
        paper.put("fromParty", OWNER);
        paper.put("to", COUNTERPART);
        paper.put("title", "Military views on cyberspace");
        paper.put("subject", "Military doctrine");
        paper.put("language", "en");
        paper.put("marking", "Unclassified");
        paper.put("submittedOn", "2012-01-12");
        created(owner.multipart(base + "/papers", paper, "paper.txt", "Paper on military views".getBytes(StandardCharsets.UTF_8)));
        ok(new Api(client).get(base + "?minVersion=4"));
        return id;
    }

    private static String commitmentJson(String id) {
        return "{\"id\": " + Json.text(id) + ", \"text\": \"Brief the other side on the national cyber strategy\", "
                + "\"category\": \"INFORMATION_EXCHANGE\", \"owedBy\": [\"" + OWNER + "\"], \"dueBy\": \"2012-12-31\"}";
    }

    private String smallestProjection() {
        List<String> names = new java.util.ArrayList<>();
        new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json().forEach(p -> names.add(p.get("name").asText()));
        return names.stream().filter(name -> name.contains("check")).findFirst().orElse(names.get(0));
    }

    private boolean rebuilding(String projection) {
        for (JsonNode p : new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json()) {
            if (p.get("name").asText().equals(projection)) {
                return p.get("rebuilding").asBoolean();
            }
        }
        return false;
    }
}
