package org.entente.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.entente.eventstore.CommitLogEventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the harnesses need around a measurement: waiting, for the projections of a running build too, counting
 * the events stored, and cleaning up their work directory.
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

    /**
     * Waits until every projection of a running build has caught up with what was recorded and has stopped moving
     * for three seconds, so that none works during a measurement. Axon reports a processor caught up once it first
     * reached the head of the log, and keeps saying so while it works through a later backlog; positions that
     * stand still do not.
     */
    static void awaitProjections(Api api, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            StringBuilder positions = new StringBuilder();
            boolean caughtUp = true;
            for (JsonNode projection : api.admin().get("/api/admin/projections")) {
                caughtUp &= projection.path("caughtUp").asBoolean() && !projection.path("rebuilding").asBoolean();
                positions.append(projection.path("name").asText()).append('=').append(projection.path("position").asText()).append(' ');
            }
            quiet = caughtUp && positions.toString().equals(last) ? quiet + 1 : 0;
            if (quiet >= 15) {
                return;
            }
            last = positions.toString();
            sleep(200);
        }
        throw new IllegalStateException("The projections did not settle within " + timeout.toSeconds() + " s");
    }

    static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
