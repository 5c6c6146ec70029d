package org.entente.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/** An arrangement's history, read from the stored events: in order, with who recorded what, when and for whom. */
@EntenteApplicationTest
class HistoryTest {

    @Autowired
    RestTestClient client;

    @Test
    void every_event_is_listed_in_order_with_its_revision_recorder_and_hash() {
        String id = recordedWithACommitmentAndAContact();

        JsonNode items = ok(new Api(client).get("/api/arrangements/" + id + "/history")).json().get("items");

        assertThat(items).extracting(e -> e.get("sequence").asInt()).containsExactly(0, 1, 2);
        assertThat(items).extracting(e -> e.get("type").asText())
                .containsExactly("ArrangementRecorded", "CommitmentAdded", "PointOfContactDesignated");
        assertThat(items).extracting(e -> e.get("revision").asText()).as("each type's current revision")
                .containsExactly("1", "2", "1");
        assertThat(items).allSatisfy(e -> {
            assertThat(e.get("recordedBy").asText()).as("the signed-in registrar").isEqualTo(Users.registrarOf("USA"));
            assertThat(e.get("recordedAt").asText()).isNotBlank();
            assertThat(e.get("correlationId").asText()).isNotBlank();
            assertThat(e.get("hash").asText()).matches("[0-9a-f]{64}");
        });
        assertThat(items.get(0).get("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(items.get(1).get("previousHash").asText()).isEqualTo(items.get(0).get("hash").asText());
        assertThat(items.get(1).at("/payload/commitmentId").asText()).isEqualTo(UsRussia2011.INCIDENT_LINKS.id());
    }

    @Test
    void each_entry_says_who_recorded_it_for_which_party_and_when_it_took_effect() {
        String id = recordedWithACommitmentAndAContact();

        JsonNode items = ok(new Api(client).get("/api/arrangements/" + id + "/history")).json().get("items");

        assertThat(items.get(0).get("recordedBy").asText()).as("the signed-in registrar").isEqualTo(Users.registrarOf("USA"));
        assertThat(items.get(0).get("party").asText()).as("the party it signed in for").isEqualTo("USA");
        assertThat(items.get(2).get("party").asText()).isEqualTo("USA");
        assertThat(items.get(2).get("effectiveOn").asText()).isEqualTo(UsRussia2011.USA_HOTLINE.designatedOn().toString());
        assertThat(items.get(0).get("effectiveOn").asText()).as("an arrangement takes effect when concluded")
                .isEqualTo(UsRussia2011.CONCLUDED.toString());
    }

    @Test
    void the_history_is_paged_and_an_unknown_arrangement_has_none() {
        Api api = new Api(client);
        String id = recordedWithACommitmentAndAContact();

        JsonNode second = ok(api.get("/api/arrangements/" + id + "/history?page=1&size=2")).json();

        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        problem(404, api.get("/api/arrangements/" + Unique.id("never-recorded") + "/history"));
    }

    @Test
    void the_recorder_is_the_signed_in_user_whatever_the_request_claims() {
        Api russia = new Api(client).as("RUS");
        String id = Stories.recorded(russia, UsRussia2011.TERMS);

        JsonNode history = ok(new Api(client).get("/api/arrangements/" + id + "/history")).json();
        assertThat(history.at("/items/0/recordedBy").asText()).isEqualTo(Users.registrarOf("RUS"));
        assertThat(history.at("/items/0/party").asText()).isEqualTo("RUS");

        problem(403, russia.withHeader("X-Entente-Recorder", "alice").post("/api/arrangements/" + id + "/commitments",
                UsRussia2011.INCIDENT_LINKS.json()));
        problem(403, russia.withHeader("X-Entente-Party", "USA").post("/api/arrangements/" + id + "/commitments",
                UsRussia2011.INCIDENT_LINKS.json()));
        created(russia.withHeader("X-Entente-Party", "rus").post("/api/arrangements/" + id + "/commitments",
                UsRussia2011.INCIDENT_LINKS.json()));
    }

    private String recordedWithACommitmentAndAContact() {
        Api api = new Api(client).as("USA");
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        created(api.post("/api/arrangements/" + id + "/commitments", UsRussia2011.INCIDENT_LINKS.json()));
        created(api.as("USA").post("/api/arrangements/" + id + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        return id;
    }
}
