package org.entente.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.Json;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.verify.Verify;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of awkward text a client can send goes through the HTTP API into stored, hash-chained events
 * and comes back unchanged, and every chain still verifies, on the server and in the auditor's standalone
 * verifier. Text that no UTF-8 document can hold is refused where it enters, naming the field.
 */
@EntenteApplicationTest
class AwkwardTextTest {

    /** Valid Unicode that trips careless code: combining marks, astral characters, non-characters, NUL, direction marks. */
    private static final List<String> AWKWARD = List.of(
            "Cafe\u0301 e\u0300\u0323 \u1E0B\u0323",
            "\uD83C\uDDFA\uD83C\uDDF8 \uD83D\uDC69\u200D\uD83D\uDCBB \uD834\uDD1E \uD840\uDC00",
            "\uFFFF \uFFFE \uFDD0 \uDBFF\uDFFF",
            "nul\u0000inside and \u0001\u001F controls",
            "\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645",
            "\"quotes\" \\backslash\\ /slash/ \t\r\n",
            "\u041C\u043E\u0441\u043A\u0432\u0430 \u5317\u4EAC \u6771\u4EAC");

    @Autowired
    RestTestClient client;

    @Test
    void awkward_but_valid_text_is_stored_as_sent_and_every_chain_verifies() throws IOException {
        Api api = new Api(client);
        String id = Unique.id(UsRussia2011.ID);
        assertThat(api.post("/api/arrangements", UsRussia2011.json(id)).status()).isEqualTo(201);
        for (int i = 0; i < AWKWARD.size(); i++) {
            String body = "{\"id\": \"text-" + i + "\", \"text\": " + Json.text(AWKWARD.get(i))
                    + ", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}";
            assertThat(api.post("/api/arrangements/" + id + "/commitments", body).status()).as(AWKWARD.get(i)).isEqualTo(201);
        }
        assertThat(api.patch("/api/arrangements/" + id, "{\"title\": " + Json.text(String.join(" ", AWKWARD)) + "}").status())
                .isEqualTo(200);

        JsonNode view = api.get("/api/arrangements/" + id + "?minVersion=" + (AWKWARD.size() + 2)).json();
        assertThat(view.get("title").asText()).isEqualTo(String.join(" ", AWKWARD));
        assertThat(view.get("commitments")).extracting(c -> c.get("text").asText()).containsExactlyElementsOf(AWKWARD);
        assertThatEveryChainVerifies(api, id);
    }

    @Test
    void text_that_no_utf_8_document_can_hold_is_refused_naming_the_field() {
        Api api = new Api(client);
        String id = Unique.id(UsRussia2011.ID);
        assertThat(api.post("/api/arrangements", UsRussia2011.json(id)).status()).isEqualTo(201);

        for (String lone : List.of("\\ud800", "\\udfff", "x\\ud83d", "\\udc00\\ud800")) {
            Api.Reply refused = api.post("/api/arrangements/" + id + "/commitments",
                    "{\"text\": \"by year's end " + lone + "\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}");
            assertThat(refused.status()).as(lone).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("text");
        }
        assertThat(api.get("/api/arrangements/" + id + "/integrity").json().get("events").asInt()).as("nothing stored").isEqualTo(1);
    }

    @Test
    void a_megabyte_of_text_is_refused_naming_the_field_and_nothing_is_stored() throws IOException {
        Api api = new Api(client);
        String id = Unique.id(UsRussia2011.ID);
        assertThat(api.post("/api/arrangements", UsRussia2011.json(id)).status()).isEqualTo(201);
        String megabyte = "\u00E9\uD83C\uDF10".repeat(1 << 18);

        Api.Reply refused = api.post("/api/arrangements/" + id + "/commitments",
                "{\"text\": " + Json.text(megabyte) + ", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("text");
        assertThatEveryChainVerifies(api, id);
    }

    private static void assertThatEveryChainVerifies(Api api, String id) throws IOException {
        JsonNode verdict = api.get("/api/arrangements/" + id + "/integrity").json();
        assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        Path bundle = Files.createTempFile("entente-awkward", ".ndjson");
        Files.write(bundle, api.get("/api/arrangements/" + id + "/export").bytes());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Verify.run(List.of(bundle.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED");
    }
}
