package org.entente.app.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for eventually consistent reads; fails the test with a message instead of hanging. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + limit + " waiting until " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
