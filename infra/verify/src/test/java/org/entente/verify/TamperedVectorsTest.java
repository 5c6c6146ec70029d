package org.entente.verify;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TamperedVectorsTest {

    /** {@code -Dentente.vectors.write=true} writes the generator's output over the committed files. */
    private static final boolean WRITE = Boolean.getBoolean("entente.vectors.write");

    @Test
    void the_committed_tampered_vectors_are_what_the_generator_makes() throws IOException {
        Map<String, String> made = TamperedVectors.make(Vectors.lines(Vectors.path(TamperedVectors.SOURCE)));
        Path directory = Vectors.SOURCE_DIRECTORY.resolve("tampered");
        for (var file : made.entrySet()) {
            Path committed = directory.resolve(file.getKey());
            if (WRITE) {
                Files.createDirectories(directory);
                Files.writeString(committed, file.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(committed).as(file.getKey()).hasContent(file.getValue());
        }
        try (var listing = Files.list(directory)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no stale vectors")
                    .containsExactlyInAnyOrderElementsOf(made.keySet());
        }
    }
}
