package org.entente.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.RawBsonDocument;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.EmbeddedMongoServer;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;



/**
 * Compares two builds of the application under check traffic, through the HTTP API: one from before
 * communication checks had event streams of their own (their events lived in the arrangement's stream) and the
 * current one. Each build runs as a child process against its own database on one mongo-java-server in this
 * process, one after the other, and gets the same traffic: an arrangement with fifty diplomatic events and
 * thousands of check events, and the same arrangement without checks as the baseline an as-of read should cost
 * the same as. Then: as-of read latency, the arrangement's snapshot, its history length, and a rebuild of the
 * arrangement views over the whole log.
 * <p>
 * Run with {@code ./mvnw -B -Pcheck-traffic -pl infra/benchmark -am verify -DskipTests
 * -Dbench.before=/path/to/old-entente.jar}; the options are in docs/benchmarks.md.
 */
public final class CheckTrafficComparison {

    private static final String CHECKED = "us-ru-cyber-cbm-2011";
    private static final String BASELINE = "us-ru-cyber-cbm-2011-without-checks";
    private static final String VIEWS = "arrangement-views";

    private static final int CHECKS = Integer.getInteger("bench.checks", 2500);
    private static final int READS = Integer.getInteger("bench.reads", 500);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final LocalDate AS_OF = LocalDate.parse(System.getProperty("bench.asOf", "2016-12-31"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.startSeconds", 180));
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.catchUpSeconds", 600));

    private record Latency(double meanMillis, double p95Millis) {
    }

    private record Result(double checkSeconds, Latency withChecks, Latency withoutChecks, Long snapshotBytes,
                          long historyWithChecks, long historyWithoutChecks, long logEvents, double rebuildSeconds) {
    }

    private final MongoClient client;
    private final EmbeddedMongoServer server;
    private final Path work;

    private CheckTrafficComparison(MongoClient client, EmbeddedMongoServer server, Path work) {
        this.client = client;
        this.server = server;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        Path before = jar("bench.before", null);
        Path after = jar("bench.after", System.getProperty("bench.defaultAfter"));
        boolean syncWrites = Boolean.parseBoolean(System.getProperty("bench.syncWrites", "true"));
        Path work = Files.createTempDirectory("entente-check-traffic");
        boolean done = false;
        // The application's own embedded server, durable per write as the application runs it; both builds reach it
        // over TCP, each in its own database.
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(new EntenteProperties.Embedded(work.resolve("server.mv"), syncWrites));
             MongoClient client = MongoClients.create(server.connectionString())) {
            System.out.printf(Locale.ROOT, "Check traffic: %,d checks (%,d events) on one arrangement, %,d as-of reads on %s "
                            + "after %,d to warm up; mongo-java-server (H2 file, synchronous writes %s) in the harness; "
                            + "%d cores, JVM %s%n  before: %s%n  after:  %s%n", CHECKS, 2 * CHECKS, READS, AS_OF, WARM_UP,
                    syncWrites, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), before, after);
            CheckTrafficComparison comparison = new CheckTrafficComparison(client, server, work);
            Result old = comparison.measure("before", before);
            Result current = comparison.measure("after", after);
            print(old, current);
            done = true;
        } finally {
            if (done) {
                Harness.deleteRecursively(work);
            } else {
                System.out.println("The builds' output is kept in " + work);
            }
        }
    }

    private Result measure(String name, Path jar) {
        System.out.println("Starting the " + name + " build: " + jar);
        MongoDatabase database = client.getDatabase(name);
        database.drop();
        try (RunningJar application = RunningJar.start(name, jar, server.connectionString() + "/" + name, work, START_TIMEOUT)) {
            Api api = new Api(application.baseUri());
            long version = DiplomaticHistory.record(api, CHECKED);
            DiplomaticHistory.record(api, BASELINE);
            if (version != DiplomaticHistory.EVENTS) {
                System.out.printf("  the %s build answered version %d after the diplomatic history (%d expected)%n",
                        name, version, DiplomaticHistory.EVENTS);
            }
            long start = System.nanoTime();
            recordChecks(api);
            double checkSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  %s: %,d checks recorded in %.1f s%n", name, CHECKS, checkSeconds);
            Harness.awaitProjections(api, CATCH_UP_TIMEOUT);
            Latency[] latencies = asOfLatencies(api, CHECKED, BASELINE);
            Latency withChecks = latencies[0];
            Latency withoutChecks = latencies[1];
            long historyWithChecks = historyTotal(api, CHECKED);
            long historyWithoutChecks = historyTotal(api, BASELINE);
            Long snapshotBytes = snapshotBytes(database, CHECKED);
            long logEvents = Harness.eventsUpTo(database, Long.MAX_VALUE);
            double rebuildSeconds = rebuild(api);
            System.out.printf(Locale.ROOT, "  %s: as-of %.1f / %.1f ms (with / without checks), history %,d, snapshot %s, "
                            + "rebuild of %,d events in %.1f s%n", name, withChecks.meanMillis(), withoutChecks.meanMillis(),
                    historyWithChecks, snapshotBytes == null ? "none" : snapshotBytes + " bytes", logEvents, rebuildSeconds);
            return new Result(checkSeconds, withChecks, withoutChecks, snapshotBytes, historyWithChecks, historyWithoutChecks,
                    logEvents, rebuildSeconds);
        }
    }

    /**
     * Checks of both sides' contacts in turn, each initiated and answered at once, from a single client: Russia
     * checks the United States' 24/7 line, the United States checks Russia's CERT. A check's id is the one the
     * build answers, whatever its form.
     */
    private static void recordChecks(Api api) {
        for (int i = 0; i < CHECKS; i++) {
            boolean russiaChecks = i % 2 == 0;
            String contact = russiaChecks ? DiplomaticHistory.USA_HOTLINE : DiplomaticHistory.RUS_CERT;
            String checker = russiaChecks ? "RUS" : "USA";
            String checked = russiaChecks ? "USA" : "RUS";
            JsonNode initiated = api.as(checker).post("/api/arrangements/" + CHECKED + "/contacts/" + contact + "/checks",
                    Map.of("fromParty", checker));
            String checkId = initiated.path("id").asText();
            // Now, as the client's clock reads it: never before the check began, never after the server's now.
            api.as(checked).post("/api/checks/" + checkId + "/answer", Map.of("answeredAt", Instant.now().toString()));
        }
    }

    /**
     * Single client, one read at a time, alternating between the two arrangements so that both are read under the
     * same conditions (JIT, caches, the machine's other load); the warm-up reads are not counted.
     */
    private static Latency[] asOfLatencies(Api api, String first, String second) {
        String[] paths = {"/api/arrangements/" + first + "?asOf=" + AS_OF, "/api/arrangements/" + second + "?asOf=" + AS_OF};
        for (int i = 0; i < WARM_UP; i++) {
            api.timedGet(paths[0]);
            api.timedGet(paths[1]);
        }
        long[][] nanos = new long[2][READS];
        for (int i = 0; i < READS; i++) {
            nanos[0][i] = api.timedGet(paths[0]);
            nanos[1][i] = api.timedGet(paths[1]);
        }
        return new Latency[] {latency(nanos[0]), latency(nanos[1])};
    }

    private static Latency latency(long[] nanos) {
        if (nanos.length == 0) {
            return new Latency(0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
    }

    private static long historyTotal(Api api, String arrangementId) {
        return api.get("/api/arrangements/" + arrangementId + "/history?size=1").path("total").asLong();
    }

    /** The stored snapshot document of the arrangement, read from the server directly; null when there is none. */
    private static Long snapshotBytes(MongoDatabase database, String arrangementId) {
        RawBsonDocument snapshot = database.getCollection(CommitLogEventStorageEngine.SNAPSHOTS, RawBsonDocument.class)
                .find(Filters.eq("_id", arrangementId)).first();
        return snapshot == null ? null : (long) snapshot.getByteBuffer().remaining();
    }

    /**
     * Starts a rebuild as an operator does and polls the projections' status until the views have caught up and
     * the rebuild is over; answers the seconds from the request to the first status that says so.
     */
    private static double rebuild(Api api) {
        long start = System.nanoTime();
        api.admin().post("/api/admin/projections/" + VIEWS + "/rebuild", Map.of());
        long deadline = start + CATCH_UP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode views = projection(api, VIEWS);
            if (views.path("caughtUp").asBoolean() && !views.path("rebuilding").asBoolean()) {
                return (System.nanoTime() - start) / 1e9;
            }
            Harness.sleep(100);
        }
        throw new IllegalStateException("The rebuild of " + VIEWS + " did not finish within " + CATCH_UP_TIMEOUT.toSeconds() + " s");
    }

    private static JsonNode projection(Api api, String name) {
        for (JsonNode projection : api.admin().get("/api/admin/projections")) {
            if (projection.path("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new IllegalStateException("No projection '" + name + "' in /api/admin/projections");
    }

    // ------------------------------------------------------------------ the table

    private static void print(Result before, Result after) {
        List<String> rows = new ArrayList<>();
        rows.add(row(String.format(Locale.ROOT, "recording %,d checks (initiate and answer), single client, s", CHECKS),
                before, after, Result::checkSeconds, "%.1f"));
        rows.add(row("as-of read, arrangement with checks: mean, ms", before, after, r -> r.withChecks().meanMillis(), "%.1f"));
        rows.add(row("as-of read, arrangement with checks: p95, ms", before, after, r -> r.withChecks().p95Millis(), "%.1f"));
        rows.add(row("as-of read, same arrangement without checks: mean, ms", before, after,
                r -> r.withoutChecks().meanMillis(), "%.1f"));
        rows.add(row("as-of read, same arrangement without checks: p95, ms", before, after,
                r -> r.withoutChecks().p95Millis(), "%.1f"));
        rows.add(row("as-of mean, with checks ÷ without", before, after,
                r -> r.withChecks().meanMillis() / r.withoutChecks().meanMillis(), "%.2f"));
        rows.add(row("snapshot of the arrangement with checks, bytes", before, after,
                r -> r.snapshotBytes() == null ? null : r.snapshotBytes().doubleValue(), "%,.0f"));
        rows.add(row("history of the arrangement with checks (`total`)", before, after,
                r -> (double) r.historyWithChecks(), "%,.0f"));
        rows.add(row("history of the arrangement without checks (`total`)", before, after,
                r -> (double) r.historyWithoutChecks(), "%,.0f"));
        rows.add(row("events in the log (all streams)", before, after, r -> (double) r.logEvents(), "%,.0f"));
        rows.add(row("`arrangement-views` rebuild, s", before, after, Result::rebuildSeconds, "%.1f"));
        rows.add(row("`arrangement-views` rebuild, events/s over the whole log", before, after,
                r -> r.logEvents() / r.rebuildSeconds(), "%,.0f"));
        System.out.println();
        System.out.println("| measure | before | after | ratio (after ÷ before) |");
        System.out.println("| --- | --- | --- | --- |");
        rows.forEach(System.out::println);
    }

    private static String row(String measure, Result before, Result after, Function<Result, Double> value, String format) {
        Double b = value.apply(before);
        Double a = value.apply(after);
        String ratio = a == null || b == null || b == 0 ? "" : String.format(Locale.ROOT, "%.2f", a / b);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s |", measure, cell(b, format), cell(a, format), ratio);
    }

    private static String cell(Double value, String format) {
        return value == null ? "none" : String.format(Locale.ROOT, format, value);
    }

    // ------------------------------------------------------------------ helpers

    private static Path jar(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Name the build with -D" + property + "=/path/to/entente.jar");
        }
        Path jar = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("-D" + property + ": no file " + jar);
        }
        return jar;
    }

    /**
     * Without Spring to configure it, Logback logs everything at DEBUG, the driver's and the server's chatter
     * included; the builds under test log to their own files.
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            // The builds take the harness's server for a MongoDB and ask for the query indexes it would use, which
            // mongo-java-server declines with a warning each; nothing depends on them.
            logback.getLogger("de.bwaldvogel.mongo").setLevel(Level.ERROR);
        }
    }

}
