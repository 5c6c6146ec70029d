package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.check;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * What a registrar sees is bounded by its party: the terms of the 2011 US–Russia statement, agreed here
 * between Mexico and Canada (parties no other test uses, so their lists hold only what this test records),
 * are known to the two parties and to readers of the whole registry, and to France they do not exist, in
 * lists as in single reads. Readers who are not parties see contacts without their personal details.
 */
@EntenteApplicationTest
class PartyScopingTest {

    @Autowired
    RestTestClient client;

    @Autowired
    MeterRegistry meters;

    private Api auditor;
    private Api canada;
    private Api france;
    private Api viewer;
    private String id;
    private String title;

    @BeforeEach
    void the_statement_with_a_commitment_a_contact_and_a_check() {
        auditor = new Api(client);
        canada = auditor.as("CAN");
        france = auditor.as("FRA");
        viewer = auditor.signedInAs(Users.VIEWER);
        Api mexico = auditor.as("MEX");
        id = Unique.id(UsRussia2011.ID);
        title = Unique.id("Scoped statement");
        created(mexico.post("/api/arrangements", agreedByMexicoAndCanada(UsRussia2011.TERMS.json(id).replace(UsRussia2011.TITLE, title))));
        created(mexico.post("/api/arrangements/" + id + "/commitments", agreedByMexicoAndCanada(UsRussia2011.MILITARY_VIEWS.json())));
        created(mexico.post("/api/arrangements/" + id + "/contacts", agreedByMexicoAndCanada(UsRussia2011.USA_HOTLINE.json())));
        created(canada.post("/api/arrangements/" + id + "/contacts/" + UsRussia2011.USA_HOTLINE.id() + "/checks", check("CAN", null)));
        await().until(() -> auditor.get("/api/contacts?arrangement=" + id).body().contains(UsRussia2011.USA_HOTLINE.id())
                && auditor.get("/api/parties/MEX/commitments").body().contains(id)
                && auditor.get("/api/checks?party=MEX").body().contains(id));
    }

    private double denials(String reason) {
        var counter = meters.find("entente.security.denials").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String agreedByMexicoAndCanada(String json) {
        return json.replace("\"USA\"", "\"MEX\"").replace("\"RUS\"", "\"CAN\"");
    }

    @Test
    void to_a_state_that_is_not_a_party_the_arrangement_answers_exactly_as_one_that_does_not_exist() {
        double hiddenBefore = denials("hidden");
        JsonNode hidden = problem(404, france.get("/api/arrangements/" + id));
        assertThat(denials("hidden")).as("counted for operators, though the client is not told").isEqualTo(hiddenBefore + 1);
        String unknownId = Unique.id("never-recorded");
        JsonNode unknown = problem(404, france.get("/api/arrangements/" + unknownId));

        assertThat(hidden.toString().replace(id, "ID")).isEqualTo(unknown.toString().replace(unknownId, "ID"));
        JsonNode hiddenWrite = problem(404, france.post("/api/arrangements/" + id + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        JsonNode unknownWrite = problem(404, france.post("/api/arrangements/" + unknownId + "/commitments",
                UsRussia2011.CERT_EXCHANGE.json()));
        assertThat(hiddenWrite.toString().replace(id, "ID")).isEqualTo(unknownWrite.toString().replace(unknownId, "ID"));
    }

    @Test
    void lists_show_a_registrar_only_the_arrangements_its_party_is_party_to() {
        for (String list : new String[]{"/api/arrangements?party=MEX&q=" + title, "/api/parties/MEX/commitments",
                "/api/contacts?party=MEX", "/api/checks?party=MEX"}) {
            assertThat(ok(canada.get(list)).body()).as("Canada: " + list).contains(id);
            assertThat(ok(auditor.get(list)).body()).as("the auditor: " + list).contains(id);
            assertThat(ok(france.get(list)).body()).as("France: " + list).doesNotContain(id);
        }
    }

    @Test
    void the_counts_of_what_a_party_owes_leave_out_what_the_asker_may_not_know_of() {
        JsonNode asFranceKnowsIt = ok(france.get("/api/parties/MEX/commitments")).json();

        asFranceKnowsIt.get("commitments").forEach(c -> assertThat(c.get("arrangementId").asText()).isNotEqualTo(id));
        JsonNode counts = asFranceKnowsIt.get("counts");
        int counted = counts.get("open").asInt() + counts.get("inProgress").asInt() + counts.get("fulfilled").asInt()
                + counts.get("withdrawn").asInt();
        assertThat(counted).isEqualTo(asFranceKnowsIt.get("commitments").size());
    }

    @Test
    void readers_who_are_not_parties_see_contacts_without_personal_details() {
        JsonNode asViewed = ok(viewer.get("/api/contacts?arrangement=" + id)).json().get("items").get(0);
        JsonNode asAudited = ok(auditor.get("/api/contacts?arrangement=" + id)).json().get("items").get(0);
        JsonNode asParty = ok(canada.get("/api/contacts?arrangement=" + id)).json().get("items").get(0);

        assertThat(asAudited.get("person").asText()).isEqualTo(UsRussia2011.USA_HOTLINE.details().person());
        assertThat(asParty.get("channels")).isNotEmpty();
        assertThat(asViewed.path("person").isMissingNode() || asViewed.get("person").isNull()).as(asViewed.toString()).isTrue();
        assertThat(asViewed.path("channels").isMissingNode() || asViewed.get("channels").isNull()).as(asViewed.toString()).isTrue();
        assertThat(asViewed.get("office").asText()).isEqualTo(UsRussia2011.USA_HOTLINE.details().office());
        JsonNode oneAsViewed = ok(viewer.get("/api/arrangements/" + id + "/contacts/" + UsRussia2011.USA_HOTLINE.id())).json();
        assertThat(oneAsViewed.toString()).doesNotContain(UsRussia2011.USA_HOTLINE.details().person())
                .contains(UsRussia2011.USA_HOTLINE.details().office());
    }

    @Test
    void a_viewer_reads_the_views_but_not_the_record() {
        ok(viewer.get("/api/arrangements/" + id));
        problem(403, viewer.get("/api/arrangements/" + id + "/history"));
        problem(403, viewer.get("/api/arrangements/" + id + "/export"));
        ok(canada.get("/api/arrangements/" + id + "/history"));
    }
}
