package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;
import static org.entente.app.testing.Expect.status;

/** API tokens for scripts and machines: shown once, kept as a digest, revocable, expiring. */
@EntenteApplicationTest
class ApiTokensTest {

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

    @Autowired
    ApiTokens tokens;

    @Test
    void a_token_signs_in_as_the_user_who_issued_it_and_records_for_its_party() {
        String token = issued(new Api(client).as("RUS"), "nightly import").get("token").asText();
        Api script = bearer(token);

        assertThat(ok(script.get("/api/me")).json().get("name").asText()).isEqualTo(Users.registrarOf("RUS"));
        String id = Unique.id("scripted");
        created(script.post("/api/arrangements", UsRussia2011.TERMS.json(id)));
        JsonNode history = ok(new Api(client).get("/api/arrangements/" + id + "/history")).json();
        assertThat(history.at("/items/0/recordedBy").asText()).isEqualTo(Users.registrarOf("RUS"));
        assertThat(history.at("/items/0/party").asText()).isEqualTo("RUS");
    }

    @Test
    void the_secret_is_shown_once_and_only_its_digest_is_kept() throws Exception {
        Api registrar = new Api(client).as("NZL");
        JsonNode issued = issued(registrar, "reporting");
        String token = issued.get("token").asText();
        String prefix = "ent_" + issued.get("id").asText() + "_";
        assertThat(token).startsWith(prefix);
        String secret = token.substring(prefix.length());

        assertThat(ok(registrar.get("/api/me/tokens")).body()).contains(issued.get("id").asText()).doesNotContain(secret);
        Document stored = database.getCollection("api_tokens").find(new Document("_id", issued.get("id").asText())).first();
        assertThat(stored.toJson()).doesNotContain(secret);
        assertThat(stored.getString("secretDigest")).isEqualTo(sha256(secret));
    }

    @Test
    void a_token_lives_for_the_days_asked_and_no_longer_than_allowed() {
        Api registrar = new Api(client).as("NZL");
        JsonNode week = created(registrar.post("/api/me/tokens", "{\"label\": \"a week\", \"validForDays\": 7}")).json();
        Instant expires = Instant.parse(week.get("expiresAt").asText());

        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        problem(400, registrar.post("/api/me/tokens", "{\"label\": \"forever\", \"validForDays\": 4000}"));
        problem(400, registrar.post("/api/me/tokens", "{\"label\": \"never\", \"validForDays\": 0}"));
        problem(400, registrar.post("/api/me/tokens", "{\"validForDays\": 7}"));
    }

    @Test
    void a_revoked_token_no_longer_signs_in() {
        Api registrar = new Api(client).as("NZL");
        JsonNode issued = issued(registrar, "to revoke");

        status(204, registrar.send("DELETE", "/api/me/tokens/" + issued.get("id").asText(), null, null));

        problem(401, bearer(issued.get("token").asText()).get("/api/me"));
        assertThat(ok(registrar.get("/api/me/tokens")).json().toString()).contains("revokedAt");
        problem(404, new Api(client).as("AUS").send("DELETE", "/api/me/tokens/" + issued.get("id").asText(), null, null));
    }

    @Test
    void an_expired_token_no_longer_signs_in() {
        String secret = "expired-secret-of-the-test";
        String id = Unique.id("expired").replaceAll("[^0-9a-z]", "");
        Instant now = Instant.now();
        tokens.save(new ApiToken(id, Users.registrarOf("NZL"), "old", sha256(secret), now.minus(Duration.ofDays(10)),
                now.minusSeconds(1), null));

        problem(401, bearer("ent_" + id + "_" + secret).get("/api/me"));
    }

    @Test
    void an_unknown_or_forged_token_is_refused() {
        JsonNode issued = issued(new Api(client).as("NZL"), "genuine");
        String forged = "ent_" + issued.get("id").asText() + "_guessed";

        problem(401, bearer(forged).get("/api/me"));
        problem(401, bearer("ent_nosuchtoken_secret").get("/api/me"));
        problem(401, bearer("ent_").get("/api/me"));
    }

    @Test
    void a_token_cannot_issue_more_tokens() {
        Api script = bearer(issued(new Api(client).as("NZL"), "script").get("token").asText());

        problem(403, script.post("/api/me/tokens", "{\"label\": \"another\"}"));
    }

    @Test
    void the_tokens_of_a_disabled_user_stop_working() {
        String name = Unique.id("machine");
        Api admin = new Api(client).signedInAs(Users.ADMIN);
        created(admin.post("/api/admin/users", "{\"name\": \"" + name + "\", \"password\": \"a machine password\", "
                + "\"roles\": [\"REGISTRAR\"], \"party\": \"nzl\"}"));
        Api machine = new Api(client).signedInWith(name, "a machine password");
        Api script = bearer(issued(machine, "feed").get("token").asText());
        ok(script.get("/api/me"));

        ok(admin.patch("/api/admin/users/" + name, "{\"enabled\": false}"));

        problem(401, script.get("/api/me"));
    }

    private static JsonNode issued(Api user, String label) {
        return created(user.post("/api/me/tokens", "{\"label\": \"" + label + "\"}")).json();
    }

    private Api bearer(String token) {
        return new Api(client).anonymous().withHeader("Authorization", "Bearer " + token);
    }

    private static String sha256(String text) {
        return Api.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
