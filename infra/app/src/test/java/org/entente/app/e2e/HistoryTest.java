package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;

/** An arrangement's history lists every event with who recorded it, for which party, and when. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryTest {

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-history");
        registry.add("entente.audit.default-recorder", () -> "registry-operator");
    }

    @LocalServerPort
    int port;

    @Test
    void every_event_is_listed_in_order_with_its_recorder_party_and_correlation() {
        Http http = new Http(port);
        assertThat(http.send("POST", "/api/arrangements", "application/json", bilateral()).status()).isEqualTo(201);
        Http.Response added = http.post("/api/arrangements/" + BILATERAL + "/commitments",
                commitment("crisis-link", "24/7 link", "COMMUNICATION_LINK", "\"USA\", \"RUS\"", "2011-12-31"));
        assertThat(added.status()).isEqualTo(201);
        Http.Response designated = http.as("USA").post("/api/arrangements/" + BILATERAL + "/contacts", """
                {"id": "us-hotline", "party": "USA", "role": "HOTLINE_24_7", "office": "Situation room",
                 "channels": [{"type": "PHONE", "value": "+12025550100"}], "availability": {"always": true},
                 "effectiveOn": "2011-07-01"}
                """);
        assertThat(designated.status()).isEqualTo(201);

        JsonNode history = http.get("/api/arrangements/" + BILATERAL + "/history").json();
        assertThat(history.get("total").asInt()).isEqualTo(3);
        JsonNode items = history.get("items");
        assertThat(items).extracting(e -> e.get("sequence").asInt()).containsExactly(0, 1, 2);
        assertThat(items).extracting(e -> e.get("type").asText())
                .containsExactly("ArrangementRecorded", "CommitmentAdded", "PointOfContactDesignated");
        assertThat(items).extracting(e -> e.get("revision").asText()).as("each type's current revision")
                .containsExactly("1", "2", "1");
        assertThat(items).allSatisfy(e -> {
            assertThat(e.get("recordedAt").asText()).isNotBlank();
            assertThat(e.get("correlationId").asText()).isNotBlank();
            assertThat(e.get("hash").asText()).matches("[0-9a-f]{64}");
        });
        assertThat(items.get(0).get("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(items.get(1).get("previousHash").asText()).isEqualTo(items.get(0).get("hash").asText());
        assertThat(items.get(0).get("recordedBy").asText()).as("no recorder header: the configured default")
                .isEqualTo("registry-operator");
        assertThat(items.get(2).get("party").asText()).isEqualTo("USA");
        assertThat(items.get(2).get("effectiveOn").asText()).isEqualTo("2011-07-01");
        assertThat(items.get(0).get("effectiveOn").asText()).as("an arrangement takes effect when concluded")
                .isEqualTo("2011-06-23");
        assertThat(items.get(1).at("/payload/commitmentId").asText()).isEqualTo("crisis-link");

        JsonNode second = http.get("/api/arrangements/" + BILATERAL + "/history?page=1&size=2").json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(http.get("/api/arrangements/unknown-one/history").status()).isEqualTo(404);
    }

    @Test
    void the_recorder_header_names_who_recorded_a_command() {
        Http http = new Http(port);
        String body = "{\"id\": \"recorded-by-alice\", \"title\": \"Probe\", \"instrument\": \"OTHER\", \"parties\": [\"DEU\", \"FRA\"]}";
        assertThat(http.recordedBy("alice").post("/api/arrangements", body).status()).isEqualTo(201);
        JsonNode history = http.get("/api/arrangements/recorded-by-alice/history").json();
        assertThat(history.at("/items/0/recordedBy").asText()).isEqualTo("alice");
    }
}
