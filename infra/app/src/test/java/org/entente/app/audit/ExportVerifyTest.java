package org.entente.app.audit;

import org.entente.app.EntenteApplication;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.ok;

/**
 * An exported history verifies offline, in a separate JVM with no server or database, through the same
 * entry point as {@code java -jar entente.jar verify FILE}; an edited or truncated export does not.
 */
@EntenteApplicationTest
class ExportVerifyTest {

    record Run(int exitCode, String output) {
    }

    @Autowired
    RestTestClient client;

    private Api api;
    private String id;

    /** The 2011 US-Russia joint statement and its three commitments: four events, one line each. */
    @BeforeEach
    void theArrangementWithItsThreeMechanisms() {
        api = new Api(client);
        id = Stories.usRussiaWithItsThreeMechanisms(api.as("USA"));
    }

    @Test
    void the_export_has_one_line_per_event_as_ndjson() {
        Api.Reply export = ok(api.get("/api/arrangements/" + id + "/export"));

        assertThat(String.valueOf(export.headers().getContentType())).startsWith("application/x-ndjson");
        assertThat(export.body().lines()).hasSize(4);
    }

    @Test
    void an_untouched_export_verifies_offline_against_the_published_head() throws Exception {
        String head = headHash();

        Run untouched = verify(exported(export()).toString(), "--head", head);

        assertThat(untouched.exitCode()).as(untouched.output()).isZero();
        assertThat(untouched.output()).startsWith("VERIFIED: 4 events, head " + head);
    }

    @Test
    void an_edited_export_is_rejected_at_the_line_of_the_edit() throws Exception {
        // The CERT exchange, added second: sequence 2, line 3.
        String edited = export().replace("such as botnets", "such as worms");

        Run rejected = verify(exported(edited).toString());

        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.output()).startsWith("BROKEN at line 3 (sequence 2)");
    }

    @Test
    void a_truncated_export_is_rejected_against_the_published_head() throws Exception {
        String head = headHash();
        List<String> lines = export().lines().toList();

        Run cut = verify(exported(String.join("\n", lines.subList(0, 3)) + "\n").toString(), "--head", head);

        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.output()).contains("published head");
    }

    @Test
    void a_missing_export_file_is_an_error_of_its_own() throws Exception {
        Path missing = Files.createTempDirectory("entente-export").resolve("missing.ndjson");

        assertThat(verify(missing.toString()).exitCode()).isEqualTo(2);
    }

    private String export() {
        return ok(api.get("/api/arrangements/" + id + "/export")).body();
    }

    private String headHash() {
        return ok(api.get("/api/arrangements/" + id + "/integrity")).json().get("headHash").asText();
    }

    private static Path exported(String content) throws IOException {
        Path bundle = Files.createTempFile("entente-export", ".ndjson");
        Files.writeString(bundle, content, StandardCharsets.UTF_8);
        return bundle;
    }

    /** Runs the application's main entry in a fresh JVM, as {@code java -jar} would. */
    private static Run verify(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EntenteApplication.class.getName(), "verify"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.lines().reduce((a, b) -> b).orElse(""));
    }
}
