package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.commitment;

/**
 * Tamper evidence: an attacker with database access edits, deletes, reorders or truncates stored events
 * through the driver; the integrity check re-reads the stored documents and names where the chain breaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegrityTest {

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-integrity");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void an_untouched_history_verifies() {
        Http http = record("untouched");
        JsonNode verdict = http.get("/api/arrangements/untouched/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).isTrue();
        assertThat(verdict.get("events").asInt()).isEqualTo(4);
        assertThat(verdict.get("headHash").asText()).matches("[0-9a-f]{64}");
        String head = verdict.get("headHash").asText();
        assertThat(http.get("/api/arrangements/untouched/integrity?head=" + head).json().get("verified").asBoolean()).isTrue();
    }

    @Test
    void text_that_is_not_valid_unicode_is_refused_and_the_chain_stays_whole() {
        Http http = record("unpaired");

        Http.Response refused = http.send("PATCH", "/api/arrangements/unpaired", "application/json", "{\"title\": \"\\ud800\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("title");
        assertThat(http.send("PATCH", "/api/arrangements/unpaired", "application/json",
                "{\"title\": \"Joint statement \\ud83c\\udf10 with a globe\"}").status()).isEqualTo(200);
        JsonNode verdict = http.get("/api/arrangements/unpaired/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("events").asInt()).isEqualTo(5);
    }

    @Test
    void the_registry_digest_covers_every_stream_head_and_changes_with_any_of_them() {
        Http http = record("digested");
        JsonNode before = http.get("/api/integrity").json();
        assertThat(before.get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(before.at("/heads/digested").asText())
                .isEqualTo(http.get("/api/arrangements/digested/integrity").json().get("headHash").asText());
        assertThat(http.post("/api/arrangements/digested/commitments",
                commitment("d", "Commitment d", "OTHER", "\"USA\"", "2011-12-31")).status()).isEqualTo(201);
        JsonNode after = http.get("/api/integrity").json();
        assertThat(after.get("digest").asText()).isNotEqualTo(before.get("digest").asText());
    }

    @Test
    void one_changed_byte_is_found_at_its_sequence() {
        Http http = record("edited");
        Document commit = commits().find(Filters.eq("_id", "edited@1")).first();
        String payload = commit.getList("events", Document.class).get(0).getString("payload");
        commits().updateOne(Filters.eq("_id", "edited@1"), Updates.set("events.0.payload", payload.replaceFirst("Commitment", "Commitmenu")));

        JsonNode verdict = http.get("/api/arrangements/edited/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(1);
        assertThat(verdict.get("reason").asText()).contains("content does not match");
    }

    @Test
    void a_deleted_event_is_found() {
        Http http = record("deleted");
        commits().deleteOne(Filters.eq("_id", "deleted@2"));
        JsonNode verdict = http.get("/api/arrangements/deleted/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(2);
        assertThat(verdict.get("reason").asText()).contains("missing");
    }

    @Test
    void two_swapped_events_are_found() {
        Http http = record("swapped");
        List<Document> first = commits().find(Filters.eq("_id", "swapped@1")).first().getList("events", Document.class);
        List<Document> second = commits().find(Filters.eq("_id", "swapped@2")).first().getList("events", Document.class);
        commits().updateOne(Filters.eq("_id", "swapped@1"), Updates.set("events", second));
        commits().updateOne(Filters.eq("_id", "swapped@2"), Updates.set("events", first));
        JsonNode verdict = http.get("/api/arrangements/swapped/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(1);
    }

    @Test
    void a_truncated_tail_is_found_against_a_published_head() {
        Http http = record("truncated");
        String head = http.get("/api/arrangements/truncated/integrity").json().get("headHash").asText();
        commits().deleteOne(Filters.eq("_id", "truncated@3"));

        assertThat(http.get("/api/arrangements/truncated/integrity").json().get("verified").asBoolean())
                .as("a shorter chain is consistent in itself").isTrue();
        JsonNode verdict = http.get("/api/arrangements/truncated/integrity?head=" + head).json();
        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("reason").asText()).contains("published head");
    }

    private Http record(String id) {
        Http http = new Http(port);
        assertThat(http.post("/api/arrangements", """
                {"id": "%s", "title": "Integrity probe", "instrument": "AGREEMENT", "parties": ["USA", "RUS"], "concludedOn": "2011-06-23"}
                """.formatted(id)).status()).isEqualTo(201);
        for (String commitment : List.of("a", "b", "c")) {
            assertThat(http.post("/api/arrangements/" + id + "/commitments",
                    commitment(commitment, "Commitment " + commitment, "OTHER", "\"USA\"", "2011-12-31")).status()).isEqualTo(201);
        }
        return http;
    }

    private MongoCollection<Document> commits() {
        return database.getCollection("event_commits");
    }
}
