package org.entente.app.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.app.EntenteProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Lets a client read its own write: a read that names {@code minVersion} waits, bounded, until the
 * projection has folded at least that many events of the aggregate. It polls the read model rather than
 * subscribing to updates: with several instances, the instance that folds an event is not necessarily the
 * one serving the read, and the stored read model is what every instance sees.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 20;

    private final EventStore eventStore;
    private final Duration timeout;

    ReadYourWrites(EventStore eventStore, EntenteProperties properties) {
        this.eventStore = eventStore;
        this.timeout = properties.readYourWrites().timeout();
    }

    /** @param what how the aggregate is named to a person ("arrangement", "communication check") */
    public <T> T read(String aggregateId, String what, Long minVersion, Supplier<Optional<T>> query, ToLongFunction<T> versionOf) {
        Optional<T> view = query.get();
        if (minVersion == null || view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
            return view.orElseThrow(() -> unknown(what, aggregateId));
        }
        // Without this, a client asking for an id that was never written would wait for nothing.
        if (eventStore.lastSequenceNumberFor(aggregateId).isEmpty()) {
            throw unknown(what, aggregateId);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            sleep();
            view = query.get();
            if (view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
                return view.get();
            }
        }
        throw new ViewNotCaughtUp(aggregateId, minVersion);
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
