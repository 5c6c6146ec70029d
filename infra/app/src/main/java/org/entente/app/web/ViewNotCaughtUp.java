package org.entente.app.web;

import java.time.Duration;

/** The read model had not reached the version a client asked for within the allowed wait. */
public final class ViewNotCaughtUp extends RuntimeException {

    private final long retryAfterSeconds;

    /** @param retryAfter when the client should try again, told in {@code Retry-After} (at least a second) */
    ViewNotCaughtUp(String id, long minVersion, Duration retryAfter) {
        super("The view of '" + id + "' has not reached version " + minVersion + " yet; retry shortly");
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
