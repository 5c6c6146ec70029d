package org.entente.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        return new CommitLogEventStorageEngine.Settings(gapTimeout, Duration.ofSeconds(20), 10_000, 64, 64);
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
