package org.entente.app.stream;

import org.entente.eventstore.AppendObserver;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Wakes the follower when this instance stored events, so its own writes reach the streams without a poll's wait. */
final class AppendSignal implements AppendObserver {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private boolean pending;

    @Override
    public void appended(Outcome outcome, int events, Duration took) {
        if (outcome == Outcome.STORED) {
            wake();
        }
    }

    void wake() {
        lock.lock();
        try {
            pending = true;
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Returns when woken, at once if woken since the last return, or after {@code atMost}. */
    void await(Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            long left = atMost.toNanos();
            while (!pending && left > 0) {
                left = appended.awaitNanos(left);
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }
}
