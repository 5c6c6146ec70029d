package org.entente.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone verifier as built: {@code java -jar target/entente-verify.jar}, in a JVM of its own. */
class StandaloneVerifierIT {

    private static final Path JAR = Path.of(System.getProperty("entente.verify.jar", "target/entente-verify.jar"));

    record Run(int exitCode, String output) {
    }

    static List<Vectors.Expectation> expectations() {
        return Vectors.expectations();
    }

    @Test
    void the_jar_verifies_a_recorded_bundle_and_exits_0() throws Exception {
        Run run = java(Vectors.path(TamperedVectors.SOURCE).toString());

        assertThat(run).isEqualTo(new Run(0,
                "VERIFIED: 20 events, head 01c0291b6ec610950e378f65ea99a5cd350e2c97e6888c258993ac82d20f457f"));
    }

    @Test
    void the_jar_finds_an_edited_payload_and_exits_1() throws Exception {
        Run run = java(Vectors.path("tampered/edited-payload.ndjson").toString());

        assertThat(run).isEqualTo(new Run(1, "BROKEN at line 6 (sequence 5): its content does not match its hash"));
    }

    @Test
    void the_jar_without_a_file_prints_its_usage_and_exits_2() throws Exception {
        assertThat(java()).isEqualTo(new Run(2, "usage: verify FILE [--head HASH]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void every_vector_gives_its_verdict_through_the_jar(Vectors.Expectation expected) throws Exception {
        assertThat(java(expected.arguments().toArray(String[]::new)))
                .isEqualTo(new Run(expected.exitCode(), expected.output()));
    }

    @Test
    void the_jar_is_a_few_hundred_kilobytes_and_holds_no_framework_database_or_object_mapper() throws IOException {
        assertThat(Files.size(JAR)).isLessThan(700 * 1024);
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("org/entente/verify/Verify.class", "org/erdtman/jcs/JsonCanonicalizer.class",
                    "com/fasterxml/jackson/core/JsonFactory.class");
            assertThat(names).noneMatch(name -> name.startsWith("org/springframework/") || name.startsWith("org/bson/")
                    || name.startsWith("com/mongodb/") || name.startsWith("org/axonframework/")
                    || name.startsWith("com/fasterxml/jackson/databind/"));
        }
    }

    private static Run java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the verifier finished").isTrue();
        return new Run(process.exitValue(), new String(output, Charset.defaultCharset()).strip());
    }
}
