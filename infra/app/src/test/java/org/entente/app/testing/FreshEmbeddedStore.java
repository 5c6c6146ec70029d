package org.entente.app.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Points an application context at a fresh embedded store, whatever MongoDB the environment names, with
 * the test {@link Users} declared.
 */
public class FreshEmbeddedStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>(Users.asSettings());
        settings.putAll(Map.of(
                "entente.mongodb.uri", "",
                "spring.mongodb.uri", "",
                "entente.mongodb.embedded.data-file", newDataFile("entente-test").toString()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-embedded-store", settings));
    }

    public static Path newDataFile(String prefix) {
        try {
            return Files.createTempDirectory(prefix).resolve("entente.mv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
