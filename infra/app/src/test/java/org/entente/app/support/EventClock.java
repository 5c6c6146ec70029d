package org.entente.app.support;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Records something "in the past": events take their timestamp from Axon's static clock, not from the
 * registry clock, so a test sets it for the writes and must give it back to every test after.
 */
public final class EventClock {

    private EventClock() {
    }

    /** Does {@code write} with its events stamped as recorded at {@code instant}, then lets time run again. */
    public static <T> T recordingAt(Instant instant, Supplier<T> write) {
        GenericEventMessage.clock = Clock.fixed(instant, ZoneOffset.UTC);
        try {
            return write.get();
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }
}
