package org.entente.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.verify.EventHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.amendment;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Tamper evidence: an attacker with database access edits, deletes, reorders or truncates stored events
 * through the driver; the integrity check re-reads the stored documents and names where the chain breaks.
 * The registry digest covers the head of every stream, checks' own streams included.
 */
@EntenteApplicationTest
class IntegrityTest {

    private static final CheckTerms CHECK = UsRussia2011.RUS_CHECKS_USA_HOTLINE;

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

    private Api api;
    private Api usa;
    private String id;

    /** The 2011 US-Russia joint statement and its three commitments: four events, sequences 0 to 3. */
    @BeforeEach
    void theArrangementWithItsThreeMechanisms() {
        api = new Api(client);
        usa = api.as("USA");
        id = Stories.usRussiaWithItsThreeMechanisms(usa);
    }

    @Test
    void an_untouched_history_verifies() {
        JsonNode verdict = integrity("");

        assertThat(verdict.get("verified").asBoolean()).isTrue();
        assertThat(verdict.get("events").asInt()).isEqualTo(4);
        assertThat(verdict.get("headHash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void an_untouched_history_verifies_against_its_published_head() {
        String head = integrity("").get("headHash").asText();

        assertThat(integrity("?head=" + head).get("verified").asBoolean()).isTrue();
    }

    @Test
    void text_that_is_not_valid_unicode_is_refused_and_the_chain_stays_whole() {
        JsonNode refused = problem(400, usa.patch("/api/arrangements/" + id, "{\"title\": \"\\ud800\"}"));
        ok(usa.patch("/api/arrangements/" + id, "{\"title\": \"" + UsRussia2011.TITLE + " \\ud83c\\udf10 with a globe\"}"));

        JsonNode verdict = integrity("");

        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("title");
        assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("events").asInt()).isEqualTo(5);
    }

    @Test
    void an_unknown_arrangement_has_no_chain_to_verify() {
        problem(404, api.get("/api/arrangements/" + Unique.id("never-recorded") + "/integrity"));
    }

    @Test
    void the_registry_digest_covers_every_stream_head_and_changes_with_any_of_them() {
        JsonNode before = ok(api.get("/api/integrity")).json();
        String head = integrity("").get("headHash").asText();

        ok(usa.patch("/api/arrangements/" + id, amendment(UsRussia2011.sourceAmended())));
        JsonNode after = ok(api.get("/api/integrity")).json();

        assertThat(before.get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(before.at("/heads/" + id).asText()).isEqualTo(head);
        assertThat(after.at("/heads/" + id).asText()).isNotEqualTo(before.at("/heads/" + id).asText());
        assertThat(after.get("digest").asText()).isNotEqualTo(before.get("digest").asText());
    }

    @Test
    void the_registry_digest_covers_a_checks_own_stream_and_changes_when_the_check_is_answered() {
        created(usa.post("/api/arrangements/" + id + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        String checkId = Stories.startedCheck(api, id, CHECK);
        JsonNode before = ok(api.get("/api/integrity")).json();

        Stories.answerNow(api, CHECK, checkId);
        JsonNode after = ok(api.get("/api/integrity")).json();

        assertThat(before.at("/heads/" + checkId).asText()).as("the check's stream has a head of its own").matches("[0-9a-f]{64}");
        assertThat(after.at("/heads/" + checkId).asText()).isNotEqualTo(before.at("/heads/" + checkId).asText());
        assertThat(after.at("/heads/" + id).asText()).as("the arrangement's stream is untouched by the answer")
                .isEqualTo(before.at("/heads/" + id).asText());
        assertThat(after.get("digest").asText()).isNotEqualTo(before.get("digest").asText())
                .isEqualTo(EventHash.registryDigest(heads(after)));
    }

    @Test
    void one_changed_byte_is_found_at_its_sequence() {
        Document commit = commits().find(Filters.eq("_id", id + "@1")).first();
        String payload = commit.getList("events", Document.class).get(0).getString("payload");
        commits().updateOne(Filters.eq("_id", id + "@1"), Updates.set("events.0.payload", payload.replaceFirst("papers", "paperz")));

        JsonNode verdict = integrity("");

        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(1);
        assertThat(verdict.get("reason").asText()).contains("content does not match");
    }

    @Test
    void a_deleted_event_is_found() {
        commits().deleteOne(Filters.eq("_id", id + "@2"));

        JsonNode verdict = integrity("");

        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(2);
        assertThat(verdict.get("reason").asText()).contains("missing");
    }

    @Test
    void two_swapped_events_are_found() {
        List<Document> first = commits().find(Filters.eq("_id", id + "@1")).first().getList("events", Document.class);
        List<Document> second = commits().find(Filters.eq("_id", id + "@2")).first().getList("events", Document.class);
        commits().updateOne(Filters.eq("_id", id + "@1"), Updates.set("events", second));
        commits().updateOne(Filters.eq("_id", id + "@2"), Updates.set("events", first));

        JsonNode verdict = integrity("");

        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("failedAt").asLong()).isEqualTo(1);
    }

    @Test
    void a_truncated_tail_is_found_against_a_published_head() {
        String head = integrity("").get("headHash").asText();
        commits().deleteOne(Filters.eq("_id", id + "@3"));

        assertThat(integrity("").get("verified").asBoolean()).as("a shorter chain is consistent in itself").isTrue();
        JsonNode verdict = integrity("?head=" + head);
        assertThat(verdict.get("verified").asBoolean()).isFalse();
        assertThat(verdict.get("reason").asText()).contains("published head");
    }

    private JsonNode integrity(String query) {
        return ok(api.get("/api/arrangements/" + id + "/integrity" + query)).json();
    }

    private static SortedMap<String, String> heads(JsonNode digest) {
        SortedMap<String, String> heads = new TreeMap<>();
        digest.get("heads").properties().forEach(head -> heads.put(head.getKey(), head.getValue().asText()));
        return heads;
    }

    private MongoCollection<Document> commits() {
        return database.getCollection("event_commits");
    }
}
