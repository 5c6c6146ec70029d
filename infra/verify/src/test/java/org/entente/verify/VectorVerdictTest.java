package org.entente.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every vector in verdicts.tsv gives its verdict, through the library and through the command line. */
class VectorVerdictTest {

    static List<Vectors.Expectation> expectations() {
        return Vectors.expectations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void every_vector_gives_its_verdict_through_the_chain_verifier(Vectors.Expectation expected) {
        ChainVerifier.Verdict verdict = expected.verdict();
        if (verdict == null) {
            assertTheLineCannotBeRead(expected);
            return;
        }
        ChainVerifier.Verdict actual = ChainVerifier.verify(Vectors.export(expected.vector()), expected.head());

        assertThat(actual.verified()).isEqualTo(verdict.verified());
        assertThat(actual.failedAt()).isEqualTo(verdict.failedAt());
        assertThat(actual.reason()).isEqualTo(verdict.reason());
        assertThat(actual.events()).isEqualTo(verdict.events());
        if (verdict.verified()) {
            assertThat(actual.headHash()).isEqualTo(verdict.headHash());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void every_vector_gives_its_verdict_through_the_command_line(Vectors.Expectation expected) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exitCode = Verify.run(expected.arguments(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(expected.output() + System.lineSeparator());
        assertThat(exitCode).isEqualTo(expected.exitCode());
    }

    private static void assertTheLineCannotBeRead(Vectors.Expectation expected) {
        Matcher line = expected.unreadableLine();
        assertThat(line).as("an unreadable line in: " + expected.output()).isNotNull();
        String text = Vectors.lines(Vectors.path(expected.vector())).get(Integer.parseInt(line.group(1)) - 1);
        assertThatThrownBy(() -> ExportLine.read(text)).isInstanceOf(IOException.class).hasMessage(line.group(2));
    }
}
