package org.entente.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data file per test context, so no test sees another's events. */
public final class TempData {

    private TempData() {
    }

    /** Points an application context at a fresh embedded store, ignoring any configured MongoDB. */
    public static void embeddedStore(org.springframework.test.context.DynamicPropertyRegistry registry, String prefix) {
        registry.add("entente.mongodb.uri", () -> "");
        registry.add("entente.mongodb.embedded.data-file", () -> newDataFile(prefix));
    }

    public static String newDataFile(String prefix) {
        try {
            return Files.createTempDirectory(prefix).resolve("entente.mv").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
