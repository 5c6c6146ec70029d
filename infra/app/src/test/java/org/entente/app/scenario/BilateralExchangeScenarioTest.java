package org.entente.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.acknowledgement;
import static org.entente.api.fixtures.Requests.contactUpdate;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.api.fixtures.Requests.paperForm;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT_UPDATED_ON;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The whole 2011 US-Russia exchange through HTTP, recorded once: the United States designates its 24/7
 * hotline and Russia its CERT, whose details change once the CERT-to-CERT arrangement is signed; each side
 * hands over its paper on military views (the American one uploaded, the Russian one by digest), each
 * acknowledges the other's, and the doctrine-exchange commitment is fulfilled by the registry's policy.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilateralExchangeScenarioTest {

    /** What the registry holds as the United States' paper: uploaded, so the registry computes its digest. */
    private static final byte[] US_PAPER_CONTENT = "Views of the United States on military activity in cyberspace"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    RestTestClient client;

    private final String id = Unique.id(UsRussia2011.ID);
    private final String arrangement = "/api/arrangements/" + id;
    private Api api;
    private long version;

    @BeforeAll
    void theExchangeOf2011() {
        api = new Api(client);
        created(api.as("USA").post("/api/arrangements", UsRussia2011.json(id)));
        created(api.as("USA").post(arrangement + "/commitments", UsRussia2011.MILITARY_VIEWS.json()));
        created(api.as("USA").post(arrangement + "/contacts", USA_HOTLINE.json()));
        created(api.as("RUS").post(arrangement + "/contacts", RUS_CERT.json()));
        ok(api.as("RUS").patch(arrangement + "/contacts/" + RUS_CERT.id(), contactUpdate(UsRussia2011.rusCertUpdated())));
        created(api.as("USA").multipart(arrangement + "/papers", paperForm(UsRussia2011.usPaperSubmitted()), "us-views.txt",
                US_PAPER_CONTENT));
        created(api.as("RUS").post(arrangement + "/papers", paper(UsRussia2011.rusPaperSubmitted())));
        ok(api.as("RUS").post(arrangement + "/papers/" + US_PAPER + "/acknowledgements", acknowledgement(UsRussia2011.usPaperAcknowledged())));
        version = ok(api.as("USA").post(arrangement + "/papers/" + RUS_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.rusPaperAcknowledged()))).json().get("version").asLong();
    }

    @Test
    void the_acknowledged_exchange_fulfils_the_military_views_by_policy_on_the_day_of_the_last_receipt() {
        JsonNode exchange = view().get("commitments").get(0);

        assertThat(exchange.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(exchange.get("fulfilledByPolicy").asBoolean()).isTrue();
        assertThat(exchange.get("fulfilledOn").asText()).isEqualTo(UsRussia2011.MILITARY_VIEWS_FULFILLED.toString());
        assertThat(exchange.get("overdue").asBoolean()).isFalse();
        assertThat(exchange.get("evidencePapers")).extracting(JsonNode::asText).containsExactly(US_PAPER, RUS_PAPER);
    }

    @Test
    void the_arrangement_lists_both_contacts_and_both_papers_acknowledged_by_their_addressees() {
        JsonNode view = view();

        assertThat(view.get("contacts")).extracting(c -> c.get("id").asText()).containsExactly(USA_HOTLINE.id(), RUS_CERT.id());
        assertThat(view.get("papers")).extracting(p -> p.get("id").asText()).containsExactly(US_PAPER, RUS_PAPER);
        assertThat(view.get("papers")).allSatisfy(p -> assertThat(p.get("acknowledgedBy")).isEqualTo(p.get("addressees")));
    }

    @Test
    void the_directory_answers_how_russias_cert_was_reached_before_and_after_the_cert_agreement() {
        await("the directory has both contacts").untilAsserted(() ->
                assertThat(directory("").get("items")).hasSize(2));

        JsonNode before = directory("&party=RUS&asOf=" + RUS_CERT_UPDATED_ON.minusDays(1)).at("/items/0");
        JsonNode after = directory("&party=RUS").at("/items/0");

        assertThat(before.at("/availability/hours").asText()).isEqualTo(RUS_CERT.details().availability().hours());
        assertThat(before.get("channels")).extracting(c -> c.get("type").asText()).containsExactly("PHONE", "EMAIL");
        assertThat(after.at("/availability/always").asBoolean()).isTrue();
        assertThat(after.get("channels")).extracting(c -> c.get("type").asText()).containsExactly("PHONE", "EMAIL", "SECURE_LINE");
    }

    @Test
    void the_cert_keeps_every_version_of_its_details() {
        await("the contact's history has both versions").untilAsserted(() ->
                assertThat(ok(api.get(arrangement + "/contacts/" + RUS_CERT.id())).json().get("versions")).hasSize(2));

        JsonNode history = ok(api.get(arrangement + "/contacts/" + RUS_CERT.id())).json();

        assertThat(history.get("versions")).extracting(v -> v.get("effectiveOn").asText())
                .containsExactly(RUS_CERT.designatedOn().toString(), RUS_CERT_UPDATED_ON.toString());
        assertThat(history.at("/versions/0/details/availability/hours").asText()).isEqualTo(RUS_CERT.details().availability().hours());
    }

    @Test
    void a_contact_the_arrangement_does_not_have_is_not_found() {
        problem(404, api.get(arrangement + "/contacts/" + Unique.id("no-such-contact")));
    }

    @Test
    void the_papers_show_what_was_uploaded_and_what_was_registered_by_digest() {
        awaitBothPapersAcknowledged();

        JsonNode papers = ok(api.get(arrangement + "/papers")).json().get("items");

        assertThat(papers).extracting(p -> p.get("id").asText()).containsExactly(US_PAPER, RUS_PAPER);
        assertThat(papers.at("/0/contentStored").asBoolean()).isTrue();
        assertThat(papers.at("/0/sha256").asText()).isEqualTo(Api.sha256(US_PAPER_CONTENT));
        assertThat(papers.at("/1/contentStored").asBoolean()).isFalse();
        assertThat(papers.at("/1/sha256").asText()).isEqualTo(UsRussia2011.RUS_PAPER_SHA256);
    }

    @Test
    void neither_side_has_anything_left_to_acknowledge_under_the_arrangement() {
        awaitBothPapersAcknowledged();

        assertThat(api.outstandingAcknowledgements("RUS", id)).isEmpty();
        assertThat(api.outstandingAcknowledgements("USA", id)).isEmpty();
    }

    /** Until the papers projection lists both papers: before it has them, nothing is outstanding either. */
    private void awaitBothPapersAcknowledged() {
        await("both papers are fully acknowledged").untilAsserted(() -> assertThat(
                ok(api.get(arrangement + "/papers")).json().get("items").findValues("outstanding"))
                .hasSize(2).allSatisfy(o -> assertThat(o).isEmpty()));
    }

    private JsonNode view() {
        return ok(api.get(arrangement + "?minVersion=" + version)).json();
    }

    private JsonNode directory(String filters) {
        return ok(api.get("/api/contacts?arrangement=" + id + filters)).json();
    }
}
