package org.entente.command.shared;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The version a command handler answers: the number of events in the aggregate's stream after the
 * command. Axon numbers the events from zero.
 */
public final class AggregateVersion {

    private AggregateVersion() {
    }

    /** Applies the fact and answers the version it makes. */
    public static long applied(Object fact) {
        AggregateLifecycle.apply(fact);
        return version();
    }

    public static long version() {
        return AggregateLifecycle.getVersion() + 1;
    }
}
