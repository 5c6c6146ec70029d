package org.entente.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.entente.eventstore.AppendObserver;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The event store's appends as metrics: a timer per outcome, the events stored, and the appends refused as
 * conflicts (a change stored first at the same version, or one key named twice in an append).
 */
final class EventStoreMetrics implements AppendObserver {

    private final Map<Outcome, Timer> appends = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Counter> conflicts = new EnumMap<>(Outcome.class);
    private final Counter events;

    EventStoreMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            appends.put(outcome, Timer.builder("entente.eventstore.appends")
                    .description("Appends to the event store, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        conflicts.put(Outcome.CONFLICT, conflictCounter(registry, "concurrency"));
        conflicts.put(Outcome.DUPLICATE, conflictCounter(registry, "duplicate"));
        events = Counter.builder("entente.eventstore.events.appended").description("Events stored").register(registry);
    }

    private static Counter conflictCounter(MeterRegistry registry, String kind) {
        return Counter.builder("entente.eventstore.append.conflicts")
                .description("Appends refused because another change was stored first at the same version (concurrency)"
                        + " or an append named one event or sequence twice (duplicate)")
                .tag("kind", kind).register(registry);
    }

    @Override
    public void appended(Outcome outcome, int count, Duration took) {
        appends.get(outcome).record(took);
        Counter conflict = conflicts.get(outcome);
        if (conflict != null) {
            conflict.increment();
        }
        if (outcome == Outcome.STORED) {
            events.increment(count);
        }
    }
}
