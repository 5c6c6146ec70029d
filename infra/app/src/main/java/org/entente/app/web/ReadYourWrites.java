package org.entente.app.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.ReadModelCollections;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Lets a client read its own write: a read that names {@code minVersion} waits, bounded, until the
 * projection has folded at least that many events of the aggregate. It polls the read model rather than
 * subscribing to updates: with several instances, the instance that folds an event is not necessarily the
 * one serving the read, and the stored read model is what every instance sees.
 * <p>
 * While a projection the read goes to is rebuilt, its readers see the generation from before the rebuild,
 * which folds nothing new until the rebuilt one takes over: a read that waits for a newer version is answered
 * 503 at once, with the wait it would have had as {@code Retry-After}, instead of waiting in vain.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 20;

    private final EventStore eventStore;
    private final ReadModelCollections readModels;
    private final Duration timeout;

    ReadYourWrites(EventStore eventStore, ReadModelCollections readModels, EntenteProperties properties) {
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.timeout = properties.readYourWrites().timeout();
    }

    /** @param what how the aggregate is named to a person ("arrangement", "communication check") */
    public <T> T read(String aggregateId, String what, Long minVersion, Supplier<Optional<T>> query, ToLongFunction<T> versionOf) {
        Set<String> readFrom = new HashSet<>();
        Optional<T> view = ReadModelCollections.noting(readFrom, query);
        if (minVersion == null || view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
            return view.orElseThrow(() -> unknown(what, aggregateId));
        }
        // Without this, a client asking for an id that was never written would wait for nothing.
        if (eventStore.lastSequenceNumberFor(aggregateId).isEmpty()) {
            throw unknown(what, aggregateId);
        }
        if (readFrom.stream().anyMatch(group -> readModels.rebuildOf(group).isPresent())) {
            throw new ViewNotCaughtUp(aggregateId, minVersion, timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            sleep();
            view = query.get();
            if (view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
                return view.get();
            }
        }
        throw new ViewNotCaughtUp(aggregateId, minVersion, Duration.ofSeconds(1));
    }

    private static NotFound unknown(String what, String aggregateId) {
        return new NotFound("No " + what + " '" + aggregateId + "'");
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read model", e);
        }
    }
}
