package org.entente.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.app.EntenteApplication;
import org.entente.app.EntenteProperties;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.query.arrangement.ArrangementProjection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;



/**
 * Measures the command path of the application as it is composed, side by side with the raw driver on the
 * same server through the same client, and prints ratios. The application's own Spring context is started
 * (without its web server), so Axon is configured exactly as the application configures it: the event store,
 * the aggregate cache, the snapshot trigger, the audit and correlation interceptors, the refusal interceptor and
 * the projections' error handler. Commands go through its {@link CommandGateway}, without HTTP.
 * <p>
 * Run with {@code ./mvnw -B -Pbenchmark -pl infra/benchmark -am verify -DskipTests}; the options are in
 * docs/benchmarks.md.
 */
public final class EventStoreBenchmark {

    /** {@code -Dbench.prefill=engine}: one ten-event commit per arrangement through the engine, instead of commands. */
    private static final boolean PREFILL_THROUGH_ENGINE = System.getProperty("bench.prefill", "commands").equals("engine");
    private static final Duration TIME_BOX = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int COMMANDS = Integer.getInteger("bench.commands", 1500);
    private static final int EVENTS_PER_ARRANGEMENT = 10;
    private static final int CLIENTS = 8;
    private static final LocalDate CONCLUDED = LocalDate.of(2011, 6, 23);

    private final CommandGateway commands;
    private final MongoDatabase database;
    private final CommitLogEventStorageEngine engine;
    private final EventProcessingConfiguration processing;
    private final boolean projectionsRunning;
    private final List<String> rows = new ArrayList<>();

    private EventStoreBenchmark(ConfigurableApplicationContext application, boolean projectionsRunning) {
        this.commands = application.getBean(CommandGateway.class);
        this.database = application.getBean(MongoDatabase.class);
        this.engine = application.getBean(CommitLogEventStorageEngine.class);
        this.processing = application.getBean(EventProcessingConfiguration.class);
        this.projectionsRunning = projectionsRunning;
    }

    public static void main(String[] args) throws Exception {
        boolean syncWrites = Boolean.parseBoolean(System.getProperty("bench.syncWrites", "true"));
        boolean aggregateCache = Boolean.parseBoolean(System.getProperty("bench.aggregateCache", "true"));
        boolean projectionsRunning = System.getProperty("bench.projections", "paused").equals("running");
        List<Integer> sizes = new ArrayList<>(Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .map(String::trim).map(Integer::valueOf).toList());
        if (Boolean.getBoolean("bench.large")) {
            sizes.add(1_000_000);
        }
        // Spring reads -Dentente.mongodb.uri itself, over the defaults given below; it is only looked at here to
        // know whether an embedded data file is needed.
        String externalUri = System.getProperty("entente.mongodb.uri", "");
        Path dataDirectory = externalUri.isBlank() ? Files.createTempDirectory("entente-benchmark") : null;

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("entente.node-id", "benchmark");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.org.axonframework", "WARN");
        settings.put("logging.level.org.mongodb.driver", "WARN");
        settings.put("logging.level.de.bwaldvogel.mongo", "WARN");
        if (dataDirectory != null) {
            settings.put("entente.mongodb.embedded.data-file", dataDirectory.resolve("entente.mv").toString());
            settings.put("entente.mongodb.embedded.sync-writes", syncWrites);
        }
        if (!aggregateCache) {
            settings.put("entente.event-store.aggregate-cache-size", 0);
        }
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(EntenteApplication.class)
                .web(WebApplicationType.NONE)
                .properties(settings)
                .run()) {
            EventStoreBenchmark benchmark = new EventStoreBenchmark(application, projectionsRunning);
            benchmark.requireEmptyStore();
            String server = dataDirectory != null
                    ? "the application's embedded mongo-java-server, H2 file backend, synchronous writes " + syncWrites
                    : "the MongoDB at entente.mongodb.uri";
            EntenteProperties.EventStore store = application.getBean(EntenteProperties.class).eventStore();
            System.out.printf("The application's context (EntenteApplication, no web server) on %s; aggregate cache %d, "
                            + "snapshot every %d events; projections %s; %d cores, JVM %s%n", server, store.aggregateCacheSize(),
                    store.snapshotThreshold(), projectionsRunning ? "running" : "paused",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            benchmark.run(sizes);
            System.out.println();
            System.out.println("| measure | value | raw reference | ratio | target |");
            System.out.println("| --- | --- | --- | --- | --- |");
            benchmark.rows.forEach(System.out::println);
        } finally {
            if (dataDirectory != null) {
                Harness.deleteRecursively(dataDirectory);
            }
            // Axon's handler-timeout janitor is one executor per JVM whose thread never ends by itself; exec:java
            // waits for every thread the main started, so the build would not finish.
            AxonTaskJanitor.INSTANCE.shutdownNow();
        }
    }

    private void requireEmptyStore() {
        if (database.getCollection(CommitLogEventStorageEngine.COMMITS).countDocuments() > 0) {
            throw new IllegalStateException("Database '" + database.getName() + "' already holds events; the benchmark "
                    + "needs an empty one (name another database in entente.mongodb.uri)");
        }
    }

    private void run(List<Integer> sizes) {
        if (!projectionsRunning) {
            // Paused by default: P1 and P2 measure the command path, which the raw reference is compared with; the
            // projections follow the log in their own threads and would share the machine with both unevenly.
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        AtomicInteger created = new AtomicInteger();
        // Warm the JIT and the connection pools first, so the first measured row is not the slowest.
        rate(CLIENTS, i -> commands.sendAndWait(record("warm-" + created.incrementAndGet())));
        rawInsertRate(CLIENTS, 600);
        for (int clients : List.of(1, CLIENTS)) {
            awaitProjections();
            double rate = rate(clients, i -> commands.sendAndWait(record("new-" + created.incrementAndGet())));
            int documentBytes = averageRecentCommitSize();
            awaitProjections();
            double raw = rawInsertRate(clients, documentBytes);
            row("P1 create arrangement, " + clients + " client(s)", rate, raw, "cmd/s", "≥ 0.5");
        }
        double firstP2 = 0;
        int prefilled = 0;
        for (int size : sizes) {
            int arrangements = size / EVENTS_PER_ARRANGEMENT;
            long prefillStart = System.nanoTime();
            prefill(prefilled, arrangements);
            System.out.printf(Locale.ROOT, "Prefilled %,d arrangements (%,d events) through the " + (PREFILL_THROUGH_ENGINE ? "engine" : "command gateway") + " in %.0f s%n",
                    arrangements - prefilled, (long) (arrangements - prefilled) * EVENTS_PER_ARRANGEMENT,
                    (System.nanoTime() - prefillStart) / 1e9);
            prefilled = arrangements;
            AtomicLong commitment = new AtomicLong();
            awaitProjections();
            double p2 = rate(CLIENTS, i -> commands.sendAndWait(new AddCommitment(
                    "filled-" + ThreadLocalRandom.current().nextInt(arrangements), "c" + commitment.incrementAndGet(),
                    "Benchmark commitment", CommitmentCategory.OTHER, List.of("USA"), null, null)));
            int documentBytes = averageRecentCommitSize();
            awaitProjections();
            double raw = rawInsertRate(CLIENTS, documentBytes);
            row(String.format(Locale.ROOT, "P2 command on existing arrangement, %,d prefilled events (%,d stored), %d clients",
                    size, storedEvents(), CLIENTS), p2, raw, "cmd/s", "≥ 0.35");
            if (firstP2 == 0) {
                firstP2 = p2;
            } else {
                rows.add(String.format(Locale.ROOT, "| P5 P2 throughput at %,d ÷ at %,d | %.2f | | %.2f | ≥ 0.85 |",
                        size, sizes.get(0), p2 / firstP2, p2 / firstP2));
            }
            rebuild(size);
        }
    }

    /**
     * A full rebuild of the arrangement views as the admin endpoint runs one: stop the application's processor,
     * reset its tokens, start it, and time it until it has caught up with the head of the log.
     */
    private void rebuild(int size) {
        awaitProjections();
        TrackingEventProcessor processor = processing
                .eventProcessor(ArrangementProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        long target = storedEvents();
        processor.shutDown();
        processor.resetTokens();
        long start = System.nanoTime();
        processor.start();
        long deadline = start + TIME_BOX.multipliedBy(3).toNanos();
        while (!rebuilt(processor) && System.nanoTime() < deadline) {
            Harness.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean finished = rebuilt(processor);
        OptionalLong position = position(processor);
        if (!projectionsRunning || !finished) {
            processor.shutDown();
        }
        long processed = finished ? target : position.isPresent() ? Harness.eventsUpTo(database, position.getAsLong()) : 0;
        double raw = rawScanWriteRate(processed);
        String cut = finished ? "" : String.format(Locale.ROOT, " (time-boxed: %,d of %,d)", processed, target);
        row(String.format(Locale.ROOT, "P4 projection rebuild, %,d prefilled events (%,d stored)%s", size, target, cut),
                processed / seconds, raw, "events/s", "≥ 0.5");
        rows.add(String.format(Locale.ROOT, "| P8 stored tracking token after rebuild at %,d | %,d bytes | | | ≤ 16 KB |",
                size, tokenBytes(ArrangementProjection.PROCESSING_GROUP)));
        if (projectionsRunning && !finished) {
            processor.start();
        }
    }

    private static boolean rebuilt(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
    }

    private static OptionalLong position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
    }

    /** With the projections running, each measurement starts once they have caught up with what came before. */
    private void awaitProjections() {
        if (!projectionsRunning) {
            return;
        }
        long deadline = System.nanoTime() + TIME_BOX.multipliedBy(10).toNanos();
        while (System.nanoTime() < deadline) {
            boolean caughtUp = processing.eventProcessors().values().stream()
                    .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                    .allMatch(EventStoreBenchmark::rebuilt);
            if (caughtUp) {
                return;
            }
            Harness.sleep(100);
        }
        System.out.println("(the projections had not caught up after " + TIME_BOX.multipliedBy(10).toSeconds()
                + " s; measuring anyway)");
    }

    // ------------------------------------------------------------------ prefill

    /**
     * Arrangements {@code from} up to {@code to}, ten events each, through the application's command gateway from
     * eight clients: the store then holds what the application writes (one commit per command, with its metadata
     * and hashes), so a command on an arrangement that is not cached loads it the way it would in production.
     */
    private void prefill(int from, int to) {
        if (PREFILL_THROUGH_ENGINE) {
            prefillThroughEngine(from, to);
            return;
        }
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                int a;
                while ((a = next.getAndIncrement()) < to) {
                    String id = "filled-" + a;
                    commands.sendAndWait(new RecordArrangement(id, "Filled " + a, Instrument.AGREEMENT, List.of("USA", "RUS"),
                            null, CONCLUDED, null));
                    for (int s = 1; s < EVENTS_PER_ARRANGEMENT; s++) {
                        commands.sendAndWait(new AddCommitment(id, "p" + s, "Prefilled commitment " + s,
                                CommitmentCategory.OTHER, List.of("USA"), LocalDate.of(2011, 12, 31), null));
                    }
                }
                return null;
            }));
        }
        join(pool, workers);
    }

    /**
     * The same arrangements appended through the application's engine, one ten-event commit each, as an earlier
     * form of this harness stored them: for comparing with its figures, since an uncached arrangement then loads
     * with one read instead of one per commit.
     */
    private void prefillThroughEngine(int from, int to) {
        for (int a = from; a < to; a++) {
            String id = "filled-" + a;
            List<DomainEventMessage<?>> events = new ArrayList<>();
            events.add(new GenericDomainEventMessage<>("Arrangement", id, 0, new ArrangementRecorded(id, "Filled " + a,
                    Instrument.AGREEMENT, ArrangementKind.BILATERAL, List.of("USA", "RUS"), ArrangementStatus.IN_FORCE, CONCLUDED, null)));
            for (int s = 1; s < EVENTS_PER_ARRANGEMENT; s++) {
                events.add(new GenericDomainEventMessage<>("Arrangement", id, s, new CommitmentAdded(id, "p" + s,
                        "Prefilled commitment " + s, CommitmentCategory.OTHER, List.of("USA"), LocalDate.of(2011, 12, 31), null)));
            }
            engine.appendEvents(events);
        }
    }

    // ------------------------------------------------------------------ raw references

    /** Inserts documents of {@code documentBytes} through the application's own client into its database. */
    private double rawInsertRate(int clients, int documentBytes) {
        MongoCollection<Document> raw = database.getCollection("raw_insert_" + clients + "_" + System.nanoTime());
        String pad = "x".repeat(Math.max(1, documentBytes - 40));
        try {
            return rate(clients, i -> raw.insertOne(new Document("pad", pad)));
        } finally {
            raw.drop();
        }
    }

    /** Reads {@code count} event-sized documents sorted by key and writes one document per source document. */
    private double rawScanWriteRate(long count) {
        MongoCollection<Document> source = database.getCollection("raw_scan_source_" + System.nanoTime());
        MongoCollection<Document> target = database.getCollection("raw_scan_target_" + System.nanoTime());
        try {
            List<Document> batch = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                batch.add(new Document("_id", i).append("pad", "x".repeat(600)));
                if (batch.size() == 1000) {
                    source.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                source.insertMany(batch);
            }
            long start = System.nanoTime();
            long written = 0;
            for (Document document : source.find().sort(Sorts.ascending("_id")).batchSize(500)) {
                target.replaceOne(Filters.eq("_id", document.get("_id")), new Document("copy", document.getString("pad")),
                        new ReplaceOptions().upsert(true));
                written++;
            }
            return written / ((System.nanoTime() - start) / 1e9);
        } finally {
            source.drop();
            target.drop();
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Runs the action from {@code clients} threads until {@code COMMANDS} ran or the time box ended; answers the
     * completed actions per second (a number taken after the time box ended is not counted).
     */
    private static double rate(int clients, IntConsumer action) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + TIME_BOX.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = taken.getAndIncrement()) < COMMANDS) {
                    action.accept(i);
                    completed.incrementAndGet();
                }
                return null;
            }));
        }
        join(pool, workers);
        double seconds = (System.nanoTime() - start) / 1e9;
        return completed.get() / seconds;
    }

    private static void join(ExecutorService pool, List<Future<?>> workers) {
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark worker failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RecordArrangement record(String id) {
        return new RecordArrangement(id, "Benchmark arrangement " + id, Instrument.JOINT_STATEMENT,
                List.of("USA", "RUS"), null, CONCLUDED, null);
    }

    /**
     * The average size of the last commits written (up to 200, tombstones left out): what the commands just
     * measured stored. Read by their global positions, which the unique position index serves on either server.
     */
    private int averageRecentCommitSize() {
        long head = engine.headPosition();
        List<Long> positions = LongStream.rangeClosed(Math.max(0, head - 400), head).boxed().toList();
        long total = 0;
        int n = 0;
        for (RawBsonDocument commit : database.getCollection(CommitLogEventStorageEngine.COMMITS, RawBsonDocument.class)
                .find(Filters.in("position", positions))) {
            if (!commit.getString("_id").getValue().startsWith(CommitLogEventStorageEngine.TOMBSTONE_ID_PREFIX)) {
                total += commit.getByteBuffer().remaining();
                n++;
            }
        }
        return n == 0 ? 500 : (int) (total / n);
    }

    /** Events in the store: every commit's count, tombstones left out. */
    private long storedEvents() {
        return Harness.eventsUpTo(database, Long.MAX_VALUE);
    }

    private long tokenBytes(String processorName) {
        Document token = database.getCollection("trackingtokens").find(Filters.eq("processorName", processorName)).first();
        Object value = token == null ? null : token.get("token");
        if (value instanceof Binary binary) {
            return binary.length();
        }
        return value == null ? -1 : value.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private void row(String measure, double value, double raw, String unit, String target) {
        rows.add(String.format(Locale.ROOT, "| %s | %,.0f %s | %,.0f %s | %.2f | %s |",
                measure, value, unit, raw, unit.equals("cmd/s") ? "inserts/s" : "docs/s", value / raw, target));
        System.out.println(rows.get(rows.size() - 1));
    }

}
