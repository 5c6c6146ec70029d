package org.entente.eventstore;

import java.time.Duration;

/**
 * Told of every append the engine attempts, once it is stored or refused: how operators see the write path
 * without the engine knowing any metrics library. Called on the appending thread; must be quick and must not
 * throw.
 */
public interface AppendObserver {

    /** Nothing is told. */
    AppendObserver NONE = (outcome, events, took) -> {
    };

    enum Outcome {
        /** Every commit of the append is stored. */
        STORED,
        /** Another writer stored a change at the same version first: Axon's concurrency refusal. */
        CONFLICT,
        /** The append named one event identifier or one sequence number of an aggregate twice. */
        DUPLICATE,
        /** Anything else: refused before reserving, or the database failed. */
        FAILED
    }

    /**
     * @param events how many events the append carried
     * @param took   from the call to its outcome, measured on a monotonic clock
     */
    void appended(Outcome outcome, int events, Duration took);
}
