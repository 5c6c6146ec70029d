package org.entente.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary of the engine's tests: a fresh embedded server with an engine on it (one per test,
 * closed after it), a clock tests move instead of sleeping, the events they store, how they track them and
 * how writers race.
 */
final class EngineFixture implements AutoCloseable {

    record Noted(String stream, long n) {
    }

    static final Serializer SERIALIZER = JacksonSerializer.defaultSerializer();

    /** Tests that give gaps up move the clock past it rather than wait. */
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedMongo mongo = EmbeddedMongo.start();
    private final MovableClock clock = new MovableClock();
    private final CommitLogEventStorageEngine engine = builder().build();

    CommitLogEventStorageEngine engine() {
        return engine;
    }

    /** Another engine on the same database, as a second process would have. */
    CommitLogEventStorageEngine anotherEngine() {
        return builder().build();
    }

    MovableClock clock() {
        return clock;
    }

    MongoDatabase database() {
        return mongo.database();
    }

    MongoCollection<Document> commits() {
        return mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS);
    }

    /** The engine as the tests use it: a chain, the movable clock, small windows and blocks of 64 positions. */
    CommitLogEventStorageEngine.Builder builder() {
        return CommitLogEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .chain(CHAIN)
                .clock(clock)
                .settings(new CommitLogEventStorageEngine.Settings(GAP_TIMEOUT, Duration.ofSeconds(20), 10_000, 64, 64, false));
    }

    @Override
    public void close() {
        mongo.close();
    }

    // ------------------------------------------------------------------ events

    static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Noted(aggregate, sequence),
                MetaData.with("recorder", "alice").and("correlationId", aggregate + "-" + sequence));
    }

    /** An event carrying its own time, as one recorded late or imported would. */
    static DomainEventMessage<Noted> eventAt(String aggregate, long sequence, String timestamp) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Noted(aggregate, sequence), MetaData.emptyInstance(),
                UUID.randomUUID().toString(), Instant.parse(timestamp));
    }

    static List<DomainEventMessage<?>> events(String aggregate, long first, int count) {
        return LongStream.range(first, first + count).<DomainEventMessage<?>>mapToObj(s -> event(aggregate, s)).toList();
    }

    static List<Long> sequencesOf(CommitLogEventStorageEngine engine, String aggregate, long from) {
        return engine.readEvents(aggregate, from).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    /** "x0", "y2": the stream and number a test event was stored for. */
    static String label(TrackedEventMessage<?> event) {
        Noted noted = (Noted) event.getPayload();
        return noted.stream() + noted.n();
    }

    // ------------------------------------------------------------------ tracking

    /** Every event from the start, poll after poll, each delivered once. */
    List<TrackedEventMessage<?>> trackAll() {
        return trackAllFrom(null);
    }

    /** Every event after {@code start}, poll after poll, each delivered once. */
    List<TrackedEventMessage<?>> trackAllFrom(TrackingToken start) {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TrackingToken token = start;
        while (true) {
            List<TrackedEventMessage<?>> batch = track(token);
            if (batch.isEmpty()) {
                return all;
            }
            for (TrackedEventMessage<?> event : batch) {
                assertThat(seen.add(event.getIdentifier())).as("delivered once: " + event.getIdentifier()).isTrue();
                all.add(event);
            }
            token = batch.get(batch.size() - 1).trackingToken();
        }
    }

    List<TrackedEventMessage<?>> track(TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code threads} writers, started together, each given its number; fails if one of them fails. */
    static void race(int threads, IntConsumer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int number = t;
                writers.add(pool.submit(() -> {
                    go.await();
                    writer.accept(number);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> running : writers) {
                running.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ chain

    /** A chain for tests: SHA-256 over the fields and the previous hash, joined by a separator none of them holds. */
    static final StreamChain CHAIN = new StreamChain() {
        @Override
        public String genesis() {
            return "0".repeat(64);
        }

        @Override
        public String hash(String type, String revision, String payload, String metaData, long sequence, String previousHash) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", type, String.valueOf(revision),
                        payload, metaData, Long.toString(sequence), previousHash).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** Whether every stored event of the stream links to the one before it and carries the hash of its content. */
    static boolean chainHolds(List<StoredEntry> stored) {
        String previous = CHAIN.genesis();
        for (StoredEntry entry : stored) {
            String expected = CHAIN.hash(entry.type(), entry.revision(), entry.payload(), entry.metaData(), entry.sequence(), previous);
            if (!previous.equals(entry.previousHash()) || !expected.equals(entry.hash())) {
                return false;
            }
            previous = entry.hash();
        }
        return true;
    }

    /** A clock tests can move, to age gaps without sleeping. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
