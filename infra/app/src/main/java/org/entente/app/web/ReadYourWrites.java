package org.entente.app.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Lets a client read its own write: a read that names {@code minVersion} waits, bounded, until the
 * projection has folded at least that many events of the arrangement.
 */
@Component
class ReadYourWrites {

    private static final long POLL_MILLIS = 20;

    private final EventStore eventStore;
    private final Duration timeout;

    ReadYourWrites(EventStore eventStore, @Value("${entente.read-your-writes.timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.timeout = timeout;
    }

    <T> T read(String arrangementId, Long minVersion, Supplier<Optional<T>> query, ToLongFunction<T> versionOf) {
        Optional<T> view = query.get();
        if (minVersion == null || view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
            return view.orElseThrow(() -> unknown(arrangementId));
        }
        // Without this, a client asking for an id that was never written would wait for nothing.
        if (eventStore.lastSequenceNumberFor(arrangementId).isEmpty()) {
            throw unknown(arrangementId);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            sleep();
            view = query.get();
            if (view.isPresent() && versionOf.applyAsLong(view.get()) >= minVersion) {
                return view.get();
            }
        }
        throw new ViewNotCaughtUp(arrangementId, minVersion);
    }

    private static NotFound unknown(String arrangementId) {
        return new NotFound("No arrangement '" + arrangementId + "'");
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
