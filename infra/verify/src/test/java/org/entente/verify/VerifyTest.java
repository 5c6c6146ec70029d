package org.entente.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line around the verifier; the verdicts themselves are in VectorVerdictTest. */
class VerifyTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    static List<List<String>> wrongArguments() {
        return List.of(List.of(), List.of("a.ndjson", "--head"), List.of("a.ndjson", "--tail", "abc"),
                List.of("a.ndjson", "--head", "abc", "more"));
    }

    @ParameterizedTest
    @MethodSource("wrongArguments")
    void wrong_arguments_print_the_usage_and_exit_2(List<String> arguments) {
        assertThat(run(arguments)).isEqualTo(2);
        assertThat(output()).isEqualTo("usage: verify FILE [--head HASH]");
    }

    @Test
    void a_file_that_is_not_there_is_unreadable(@TempDir Path directory) {
        Path missing = directory.resolve("missing.ndjson");

        assertThat(run(List.of(missing.toString()))).isEqualTo(2);
        assertThat(output()).isEqualTo("UNREADABLE: " + missing + ": no such file");
    }

    @Test
    void a_file_that_is_not_utf_8_is_unreadable(@TempDir Path directory) throws IOException {
        Path latin1 = Files.write(directory.resolve("latin1.ndjson"), "{\"type\":\"D\u00e9cision\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run(List.of(latin1.toString()))).isEqualTo(2);
        assertThat(output()).isEqualTo("UNREADABLE: " + latin1 + ": not UTF-8 text");
    }

    @Test
    void blank_lines_are_skipped_and_the_line_named_is_the_line_in_the_file(@TempDir Path directory) throws IOException {
        List<String> lines = new ArrayList<>(Vectors.lines(Vectors.path("tampered/edited-payload.ndjson")));
        lines.add(2, "");
        lines.add(4, "   ");
        Path spaced = Files.write(directory.resolve("spaced.ndjson"), lines, StandardCharsets.UTF_8);

        assertThat(run(List.of(spaced.toString()))).isEqualTo(1);
        assertThat(output()).isEqualTo("BROKEN at line 8 (sequence 5): its content does not match its hash");
    }

    private int run(List<String> arguments) {
        return Verify.run(arguments, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8).strip();
    }
}
