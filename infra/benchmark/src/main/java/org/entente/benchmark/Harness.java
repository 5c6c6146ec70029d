package org.entente.benchmark;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.entente.eventstore.CommitLogEventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What both harnesses need around a measurement: waiting, counting the events stored, and cleaning up their
 * work directory.
 */
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

    /** Events stored at global positions up to {@code position}: every commit's count, tombstones (holding none) left out. */
    static long eventsUpTo(MongoDatabase database, long position) {
        long count = 0;
        for (Document commit : database.getCollection(CommitLogEventStorageEngine.COMMITS).find()
                .projection(Projections.include("count", "position")).batchSize(5000)) {
            if (!commit.getString("_id").startsWith(CommitLogEventStorageEngine.TOMBSTONE_ID_PREFIX)
                    && commit.get("position", Number.class).longValue() <= position) {
                count += commit.get("count", Number.class).longValue();
            }
        }
        return count;
    }

    static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
