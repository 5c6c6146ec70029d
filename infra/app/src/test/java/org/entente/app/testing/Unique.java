package org.entente.app.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Ids no other test in the shared application uses: the fixture's id, then a number of this run. */
public final class Unique {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private Unique() {
    }

    public static String id(String base) {
        return base + "-" + NEXT.incrementAndGet();
    }
}
