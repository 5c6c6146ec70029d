package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;

/** Events and settings shared by the engine's contract tests. */
final class EngineFixture {

    record Noted(String stream, long n) {
    }

    static final Serializer SERIALIZER = JacksonSerializer.defaultSerializer();

    private EngineFixture() {
    }

    static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Noted(aggregate, sequence),
                MetaData.with("recorder", "alice").and("correlationId", aggregate + "-" + sequence));
    }

    static List<DomainEventMessage<?>> events(String aggregate, long first, int count) {
        return LongStream.range(first, first + count).<DomainEventMessage<?>>mapToObj(s -> event(aggregate, s)).toList();
    }

    static CommitLogEventStorageEngine.Settings settings(Duration gapTimeout) {
        return new CommitLogEventStorageEngine.Settings(gapTimeout, Duration.ofSeconds(20), 10_000, 64, 64, false);
    }

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
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
