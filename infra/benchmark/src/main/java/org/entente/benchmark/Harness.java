package org.entente.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** What both harnesses need around a measurement: waiting, and cleaning up their work directory. */
final class Harness {

    private Harness() {
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
