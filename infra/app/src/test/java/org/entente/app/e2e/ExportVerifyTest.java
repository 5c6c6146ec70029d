package org.entente.app.e2e;

import org.entente.app.EntenteApplication;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.commitment;

/**
 * An exported history verifies offline, in a separate JVM with no server or database, through the same
 * entry point as {@code java -jar entente.jar verify FILE}; an edited export does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportVerifyTest {

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-export");
    }

    @LocalServerPort
    int port;

    record Run(int exitCode, String output) {
    }

    @Test
    void an_untouched_export_verifies_offline_and_an_edited_one_is_rejected_at_its_line() throws Exception {
        Http http = new Http(port);
        assertThat(http.post("/api/arrangements", """
                {"id": "exported", "title": "Export probe", "instrument": "AGREEMENT", "parties": ["USA", "RUS"], "concludedOn": "2011-06-23"}
                """).status()).isEqualTo(201);
        for (String id : List.of("a", "b", "c")) {
            assertThat(http.post("/api/arrangements/exported/commitments",
                    commitment(id, "Commitment " + id, "OTHER", "\"USA\"", "2011-12-31")).status()).isEqualTo(201);
        }
        Http.Response export = http.get("/api/arrangements/exported/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(4);
        String head = http.get("/api/arrangements/exported/integrity").json().get("headHash").asText();

        Path bundle = Files.createTempFile("entente-export", ".ndjson");
        Files.writeString(bundle, export.body(), StandardCharsets.UTF_8);
        Run untouched = verify(bundle.toString(), "--head", head);
        assertThat(untouched.exitCode()).as(untouched.output()).isZero();
        assertThat(untouched.output()).startsWith("VERIFIED: 4 events, head " + head);

        Path edited = Files.createTempFile("entente-edited", ".ndjson");
        Files.writeString(edited, export.body().replace("Commitment b", "Commitment x"), StandardCharsets.UTF_8);
        Run rejected = verify(edited.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.output()).startsWith("BROKEN at line 3 (sequence 2)");

        Path truncated = Files.createTempFile("entente-truncated", ".ndjson");
        Files.writeString(truncated, String.join("\n", lines.subList(0, 3)) + "\n", StandardCharsets.UTF_8);
        Run cut = verify(truncated.toString(), "--head", head);
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.output()).contains("published head");

        assertThat(verify(bundle.toString() + ".missing").exitCode()).isEqualTo(2);
    }

    /** Runs the application's main entry in a fresh JVM, as {@code java -jar} would. */
    private static Run verify(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EntenteApplication.class.getName(), "verify"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.lines().reduce((a, b) -> b).orElse(""));
    }
}
