package org.entente.app.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
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
import org.entente.command.arrangement.Arrangement;
import org.entente.app.axon.AxonConfiguration;
import org.entente.app.axon.LeastRecentlyUsedCache;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.app.mongo.MongoArrangementDocuments;
import org.entente.app.mongo.QueryIndexes;
import org.entente.app.mongo.TestMongo;
import org.entente.query.arrangement.ArrangementProjection;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Measures the event store side by side with the raw driver, on one embedded server and backend, in
 * one run, and prints ratios. Run with {@code ./mvnw -B -Pbenchmark -pl infra -am verify -DskipTests}
 * ({@code -Dbench.large=true} adds the 1,000,000-event row; {@code -Dbench.syncWrites=false} measures
 * without a forced write per command).
 */
public final class EventStoreBenchmark {

    private static final Serializer SERIALIZER = AxonConfiguration.applicationSerializer();
    private static final Duration TIME_BOX = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int COMMANDS = Integer.getInteger("bench.commands", 1500);
    private static final int EVENTS_PER_ARRANGEMENT = 10;

    private final TestMongo mongo;
    private final List<String> rows = new ArrayList<>();

    private EventStoreBenchmark(TestMongo mongo) {
        this.mongo = mongo;
    }

    public static void main(String[] args) {
        boolean syncWrites = Boolean.parseBoolean(System.getProperty("bench.syncWrites", "true"));
        List<Integer> sizes = new ArrayList<>(Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .map(String::trim).map(Integer::valueOf).toList());
        if (Boolean.getBoolean("bench.large")) {
            sizes.add(1_000_000);
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (TestMongo mongo = TestMongo.start(syncWrites)) {
            EventStoreBenchmark benchmark = new EventStoreBenchmark(mongo);
            System.out.printf("Embedded mongo-java-server, H2 file backend, synchronous writes %s; %d cores, JVM %s%n",
                    syncWrites, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            String engines = System.getProperty("bench.engines", "ours,extension");
            if (engines.contains("ours")) {
                benchmark.run("commit-log (ours)", true, sizes);
            }
            if (engines.contains("extension")) {
                benchmark.run("axon-mongo extension", false, sizes);
            }
            System.out.println();
            System.out.println("| engine | measure | value | raw reference | ratio | target |");
            System.out.println("| --- | --- | --- | --- | --- | --- |");
            benchmark.rows.forEach(System.out::println);
        }
    }

    private void run(String name, boolean ours, List<Integer> sizes) {
        MongoDatabase database = mongo.client().getDatabase("bench_" + (ours ? "ours" : "extension"));
        database.drop();
        EventStorageEngine engine = ours
                ? AxonConfiguration.commitLogEngine(database, Clock.systemUTC(), CommitLogEventStorageEngine.Settings.defaults())
                : extensionEngine(mongo.client(), database.getName());
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureMessageSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .configureTransactionManager(c -> NoTransactionManager.INSTANCE)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .configureAggregate(Boolean.parseBoolean(System.getProperty("bench.aggregateCache", "true"))
                        ? AggregateConfigurer.defaultConfiguration(Arrangement.class).configureCache(c -> new LeastRecentlyUsedCache(1_000))
                        : AggregateConfigurer.defaultConfiguration(Arrangement.class))
                .buildConfiguration();
        axon.start();
        try {
            measure(name, ours, axon, database, engine, sizes);
        } finally {
            axon.shutdown();
        }
    }

    private void measure(String name, boolean ours, Configuration axon, MongoDatabase database,
                         EventStorageEngine engine, List<Integer> sizes) {
        CommandGateway commands = axon.commandGateway();
        String eventCollection = ours ? "event_commits" : "domainevents";
        AtomicInteger created = new AtomicInteger();
        // Warm the JIT and the connection pools first, so the first measured row is not the slowest.
        rate(8, i -> commands.sendAndWait(record("warm-" + created.incrementAndGet())));
        rawInsertRate(database, 8, 600);
        for (int clients : List.of(1, 8)) {
            double rate = rate(clients, i -> commands.sendAndWait(record("new-" + created.incrementAndGet())));
            double raw = rawInsertRate(database, clients, averageSize(database.getCollection(eventCollection)));
            row(name, "P1 create arrangement, " + clients + " client(s)", rate, raw, "cmd/s", "≥ 0.5");
        }
        double p2At10k = 0;
        int prefilled = 0;
        for (int size : sizes) {
            int aggregates = size / EVENTS_PER_ARRANGEMENT;
            prefill(engine, prefilled, aggregates);
            prefilled = aggregates;
            AtomicLong commitment = new AtomicLong();
            double p2 = rate(8, i -> commands.sendAndWait(new AddCommitment("filled-" + ThreadLocalRandom.current().nextInt(aggregates),
                    "c" + commitment.incrementAndGet(), "Benchmark commitment", CommitmentCategory.OTHER, List.of("USA"), null, null)));
            double raw = rawInsertRate(database, 8, averageSize(database.getCollection(eventCollection)));
            row(name, String.format(Locale.ROOT, "P2 command on existing arrangement, %,d prefilled events (%,d stored), 8 clients",
                    size, storedEvents(database, ours)), p2, raw, "cmd/s", "≥ 0.35");
            if (size == 10_000) {
                p2At10k = p2;
            } else {
                rows.add(String.format(Locale.ROOT, "| %s | P5 P2 throughput at %,d ÷ at 10,000 | %.2f | | %.2f | ≥ 0.85 |",
                        name, size, p2 / p2At10k, p2 / p2At10k));
            }
            rebuild(name, axon.eventStore(), database, size);
        }
    }

    private void rebuild(String name, EventStore eventStore, MongoDatabase database, int size) {
        MongoDatabase views = mongo.client().getDatabase(database.getName() + "_views_" + size);
        views.drop();
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.client(), views.getName()).build())
                .serializer(SERIALIZER).nodeId("bench").transactionManager(NoTransactionManager.INSTANCE).build();
        AtomicLong processed = new AtomicLong();
        Object counter = new Object() {
            @EventHandler
            void on(Object event) {
                processed.incrementAndGet();
            }
        };
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("rebuild")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(new ArrangementProjection(new MongoArrangementDocuments(views, QueryIndexes.forServer(true))), counter).build())
                .messageSource(eventStore)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                .build();
        long target = storedEvents(database, name.startsWith("commit"));
        long start = System.nanoTime();
        processor.start();
        long deadline = start + TIME_BOX.multipliedBy(3).toNanos();
        while (processed.get() < target && System.nanoTime() < deadline) {
            sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        processor.shutDown();
        double rate = processed.get() / seconds;
        double raw = rawScanWriteRate(views, processed.get());
        String done = processed.get() >= target ? "" : String.format(Locale.ROOT, " (time-boxed: %,d of %,d)", processed.get(), target);
        row(name, String.format(Locale.ROOT, "P4 projection rebuild, %,d prefilled events (%,d stored)%s", size, target, done),
                rate, raw, "events/s", "≥ 0.5");
        Document token = views.getCollection("trackingtokens").find().batchSize(10).first();
        long tokenBytes = token == null ? -1 : tokenBytes(token);
        rows.add(String.format(Locale.ROOT, "| %s | P8 stored tracking token after rebuild at %,d | %,d bytes | | | ≤ 16 KB |",
                name, size, tokenBytes));
    }

    // ------------------------------------------------------------------ raw references

    private double rawInsertRate(MongoDatabase database, int clients, int documentBytes) {
        MongoCollection<Document> raw = database.getCollection("raw_" + clients + "_" + System.nanoTime());
        String pad = "x".repeat(Math.max(1, documentBytes - 40));
        return rate(clients, i -> raw.insertOne(new Document("pad", pad)));
    }

    /** Reads {@code count} event-sized documents sorted by key and writes one document per event. */
    private double rawScanWriteRate(MongoDatabase views, long count) {
        MongoCollection<Document> source = views.getCollection("raw_source");
        MongoCollection<Document> target = views.getCollection("raw_target");
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
    }

    // ------------------------------------------------------------------ helpers

    /** Runs the action from {@code clients} threads until {@code COMMANDS} ran or the time box ended. */
    private static double rate(int clients, IntConsumer action) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + TIME_BOX.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = done.getAndIncrement()) < COMMANDS && System.nanoTime() < deadline) {
                    action.accept(i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (Exception e) {
                throw new IllegalStateException("Benchmark worker failed", e);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return Math.min(done.get(), COMMANDS) / seconds;
    }

    /** Adds realistic arrangements of ten events each, numbered {@code from} up to {@code to}. */
    private static void prefill(EventStorageEngine engine, int from, int to) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int a = from; a < to; a++) {
            String id = "filled-" + a;
            batch.add(new GenericDomainEventMessage<>("Arrangement", id, 0, new ArrangementRecorded(id, "Filled " + a,
                    Instrument.AGREEMENT, ArrangementKind.BILATERAL, List.of("USA", "RUS"), ArrangementStatus.IN_FORCE,
                    LocalDate.of(2011, 6, 23), null)));
            for (int s = 1; s < EVENTS_PER_ARRANGEMENT; s++) {
                batch.add(new GenericDomainEventMessage<>("Arrangement", id, s, new CommitmentAdded(id, "p" + s,
                        "Prefilled commitment " + s, CommitmentCategory.OTHER, List.of("USA"), LocalDate.of(2011, 12, 31), null)));
            }
            if (batch.size() >= 500) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
    }

    private static RecordArrangement record(String id) {
        return new RecordArrangement(id, "Benchmark arrangement " + id, Instrument.JOINT_STATEMENT,
                List.of("USA", "RUS"), null, LocalDate.of(2011, 6, 23), null);
    }

    private static EventStorageEngine extensionEngine(MongoClient client, String database) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER)
                .transactionManager(NoTransactionManager.INSTANCE).build();
        engine.ensureIndexes();
        return engine;
    }

    private static long storedEvents(MongoDatabase database, boolean ours) {
        if (!ours) {
            return database.getCollection("domainevents").countDocuments();
        }
        long count = 0;
        for (Document commit : database.getCollection("event_commits").find()
                .projection(new Document("count", 1)).batchSize(5000)) {
            if (!commit.getString("_id").startsWith("tombstone@")) {
                count += commit.getInteger("count");
            }
        }
        return count;
    }

    private static int averageSize(MongoCollection<Document> collection) {
        long total = 0;
        int n = 0;
        for (Document document : collection.find().limit(200).batchSize(200)) {
            total += RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining();
            n++;
        }
        return n == 0 ? 500 : (int) (total / n);
    }

    private static long tokenBytes(Document token) {
        Object value = token.get("token");
        if (value instanceof Binary binary) {
            return binary.length();
        }
        return value == null ? -1 : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private void row(String engine, String measure, double value, double raw, String unit, String target) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | %,.0f %s | %,.0f %s | %.2f | %s |",
                engine, measure, value, unit, raw, unit.equals("cmd/s") ? "inserts/s" : "docs/s", value / raw, target));
        System.out.println(rows.get(rows.size() - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
