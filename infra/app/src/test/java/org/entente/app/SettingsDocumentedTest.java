package org.entente.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of settings is the metadata the build generates from {@link EntenteProperties}: every
 * setting there once, with its default, and nothing else. Defaults are written in one place, the
 * properties tree; the table may not drift from it.
 */
class SettingsDocumentedTest {

    /** A row of the table: | `entente.key` | `default` | what it does | */
    private static final Pattern ROW = Pattern.compile("^\\| `(entente\\.[a-z0-9.-]+)` \\|\\s*`?([^`|]*?)`?\\s*\\|.*\\|$");

    @Test
    void the_readme_lists_every_setting_once_with_its_default() throws IOException {
        Map<String, String> generated = generatedSettings();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme())) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                assertThat(documented.put(row.group(1), row.group(2).strip())).as(row.group(1) + " documented once").isNull();
            }
        }

        assertThat(generated).as("the build's metadata lists the settings").hasSizeGreaterThan(15);
        assertThat(new TreeMap<>(documented)).isEqualTo(generated);
    }

    private static Map<String, String> generatedSettings() throws IOException {
        try (InputStream metadata = SettingsDocumentedTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("the configuration processor ran").isNotNull();
            Map<String, String> settings = new TreeMap<>();
            for (JsonNode property : new ObjectMapper().readTree(metadata).get("properties")) {
                JsonNode value = property.get("defaultValue");
                settings.put(property.get("name").asText(), value == null || value.isNull() ? "" : value.asText());
            }
            return settings;
        }
    }

    /** The module is built from its own directory; the README is at the top of the repository. */
    private static Path readme() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("README.md"))) {
            here = here.getParent();
        }
        assertThat(here).as("README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return here.resolve("README.md");
    }
}
