package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;


import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/** Administrators keep the user directory; passwords are kept as hashes and never answered. */
@EntenteApplicationTest
class UserAdministrationTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

    @Test
    void an_administrator_creates_a_registrar_who_then_signs_in_for_its_party() {
        String name = Unique.id("diplomat");

        JsonNode user = created(admin().post("/api/admin/users", newUser(name, "[\"REGISTRAR\"]", "\"deu\""))).json();

        assertThat(user.get("party").asText()).as("in upper case").isEqualTo("DEU");
        assertThat(user.toString()).doesNotContain(PASSWORD).doesNotContain("passwordHash");
        Document stored = database.getCollection("users").find(new Document("_id", name)).first();
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        JsonNode me = ok(signedIn(name, PASSWORD).get("/api/me")).json();
        assertThat(me.get("party").asText()).isEqualTo("DEU");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("REGISTRAR");
    }

    @Test
    void a_new_password_replaces_the_old_one() {
        String name = Unique.id("diplomat");
        created(admin().post("/api/admin/users", newUser(name, "[\"VIEWER\"]", "null")));

        ok(admin().patch("/api/admin/users/" + name, "{\"password\": \"another long password\"}"));

        problem(401, signedIn(name, PASSWORD).get("/api/me"));
        ok(signedIn(name, "another long password").get("/api/me"));
    }

    @Test
    void users_that_could_not_act_as_asked_are_refused() {
        problem(400, admin().post("/api/admin/users", newUser(Unique.id("clerk"), "[\"REGISTRAR\"]", "null")));
        problem(400, admin().post("/api/admin/users", newUser(Unique.id("clerk"), "[\"REGISTRAR\"]", "\"QQQ\"")));
        problem(400, admin().post("/api/admin/users", newUser(Unique.id("clerk"), "[]", "null")));
        problem(400, admin().post("/api/admin/users", newUser("no spaces allowed", "[\"VIEWER\"]", "null")));
        problem(400, admin().post("/api/admin/users", "{\"name\": \"" + Unique.id("clerk") + "\", \"password\": \"short\", "
                + "\"roles\": [\"VIEWER\"]}"));
        problem(400, admin().post("/api/admin/users", newUser(Unique.id("clerk"), "[\"EMPEROR\"]", "null")));
    }

    @Test
    void a_name_is_taken_once_and_users_declared_in_configuration_are_not_changed_here() {
        String name = Unique.id("diplomat");
        created(admin().post("/api/admin/users", newUser(name, "[\"VIEWER\"]", "null")));

        problem(409, admin().post("/api/admin/users", newUser(name, "[\"AUDITOR\"]", "null")));
        problem(409, admin().post("/api/admin/users", newUser(Users.AUDITOR, "[\"AUDITOR\"]", "null")));
        problem(409, admin().patch("/api/admin/users/" + Users.VIEWER, "{\"enabled\": false}"));
        problem(404, admin().get("/api/admin/users/" + Unique.id("nobody")));
    }

    private Api admin() {
        return new Api(client).signedInAs(Users.ADMIN);
    }

    private Api signedIn(String name, String password) {
        return new Api(client).signedInWith(name, password);
    }

    private static String newUser(String name, String roles, String party) {
        return "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"roles\": " + roles + ", \"party\": " + party + "}";
    }
}
