package org.entente.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.Json;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
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
import static org.entente.api.fixtures.Requests.amendment;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Every kind of awkward text a client can send goes through the HTTP API into stored, hash-chained events
 * and comes back unchanged, and every chain still verifies, on the server and in the auditor's standalone
 * verifier. Text that no UTF-8 document can hold, or that holds control characters other than tab, line feed
 * and carriage return, is refused where it enters, naming the field.
 */
@EntenteApplicationTest
class AwkwardTextTest {

    /**
     * Valid Unicode that trips careless code: combining marks, astral characters, non-characters, direction
     * marks and format characters, the three whitespace controls a text may hold.
     */
    private static final List<String> AWKWARD = List.of(
            "Cafe\u0301 e\u0300\u0323 \u1E0B\u0323",
            "\uD83C\uDDFA\uD83C\uDDF8 \uD83D\uDC69\u200D\uD83D\uDCBB \uD834\uDD1E \uD840\uDC00",
            "\uFFFF \uFFFE \uFDD0 \uDBFF\uDFFF",
            "zero\u200Bwidth \u00AD soft \uFEFF bom \u2028 line \u2029 paragraph",
            "\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645",
            "\"quotes\" \\backslash\\ /slash/ \t\r\n",
            "\u041C\u043E\u0441\u043A\u0432\u0430 \u5317\u4EAC \u6771\u4EAC");

    /** C0 controls (but tab, line feed, carriage return), DEL and C1 controls: no text the registry records holds them. */
    private static final List<String> CONTROLS = List.of(
            "nul\u0000inside", "start of heading \u0001", "unit separator \u001F", "escape \u001B[31m red",
            "delete \u007F", "C1 next line \u0085", "C1 \u0080 and \u009F");

    @Autowired
    RestTestClient client;

    @Test
    void awkward_but_valid_text_is_stored_as_sent_and_every_chain_verifies() throws IOException {
        Api api = new Api(client);
        Api usa = api.as("USA");
        String id = Stories.recorded(usa, UsRussia2011.TERMS);
        for (int i = 0; i < AWKWARD.size(); i++) {
            CommitmentTerms awkward = new CommitmentTerms("text-" + i, AWKWARD.get(i), CommitmentCategory.OTHER, List.of("USA"), null);
            created(usa.post("/api/arrangements/" + id + "/commitments", awkward.json()));
        }
        ok(usa.patch("/api/arrangements/" + id, amendment(new ArrangementAmended(id, String.join(" ", AWKWARD), null, null))));

        JsonNode view = ok(api.get("/api/arrangements/" + id + "?minVersion=" + (AWKWARD.size() + 2))).json();
        assertThat(view.get("title").asText()).isEqualTo(String.join(" ", AWKWARD));
        assertThat(view.get("commitments")).extracting(c -> c.get("text").asText()).containsExactlyElementsOf(AWKWARD);
        assertThatEveryChainVerifies(api, id);
    }

    @Test
    void text_that_no_utf_8_document_can_hold_is_refused_naming_the_field() {
        Api api = new Api(client);
        Api usa = api.as("USA");
        String id = Stories.recorded(usa, UsRussia2011.TERMS);

        for (String lone : List.of("\\ud800", "\\udfff", "x\\ud83d", "\\udc00\\ud800")) {
            JsonNode refused = problem(400, usa.post("/api/arrangements/" + id + "/commitments",
                    "{\"text\": \"by year's end " + lone + "\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}"));
            assertThat(refused.at("/errors/0/field").asText()).as(lone).isEqualTo("text");
        }
        assertThatNothingButTheRecordingIsStored(api, id);
    }

    @Test
    void text_with_control_characters_is_refused_naming_the_field_and_nothing_is_stored() {
        Api api = new Api(client).as("USA");
        String id = Stories.recorded(api, UsRussia2011.TERMS);

        for (String controlled : CONTROLS) {
            JsonNode refused = problem(400, api.post("/api/arrangements/" + id + "/commitments",
                    "{\"text\": " + Json.text(controlled) + ", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}"));
            assertThat(refused.at("/errors/0/field").asText()).as(controlled).isEqualTo("text");
            assertThat(refused.at("/errors/0/message").asText()).as(controlled).contains("control characters");
        }
        JsonNode amendment = problem(400, api.patch("/api/arrangements/" + id, "{\"title\": " + Json.text("a\u0000b") + "}"));
        assertThat(amendment.at("/errors/0/field").asText()).isEqualTo("title");
        assertThatNothingButTheRecordingIsStored(api, id);
    }

    @Test
    void text_longer_than_its_field_allows_is_refused_naming_the_field_and_nothing_is_stored() throws IOException {
        Api api = new Api(client).as("USA");
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        String tooLong = "\u00E9\uD83C\uDF10".repeat(1 << 12);

        JsonNode refused = problem(400, api.post("/api/arrangements/" + id + "/commitments",
                "{\"text\": " + Json.text(tooLong) + ", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}"));

        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("text");
        assertThatNothingButTheRecordingIsStored(api, id);
        assertThatEveryChainVerifies(api, id);
    }

    private static void assertThatNothingButTheRecordingIsStored(Api api, String id) {
        assertThat(ok(api.get("/api/arrangements/" + id + "/integrity")).json().get("events").asInt()).as("nothing stored").isEqualTo(1);
    }

    private static void assertThatEveryChainVerifies(Api api, String id) throws IOException {
        JsonNode verdict = ok(api.get("/api/arrangements/" + id + "/integrity")).json();
        assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        Path bundle = Files.createTempFile("entente-awkward", ".ndjson");
        Files.write(bundle, ok(api.get("/api/arrangements/" + id + "/export")).bytes());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Verify.run(List.of(bundle.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED");
    }
}
