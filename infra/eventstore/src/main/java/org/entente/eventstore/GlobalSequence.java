package org.entente.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The registry-wide order of events: one counter document, advanced with a single atomic
 * {@code findOneAndUpdate} by {@code _id}. A block of positions, once handed out, is never handed out
 * again, whether or not its holder goes on to use it.
 * <p>
 * A process reserves a block at a time and hands out its positions in order, saving a round trip per
 * command. A block is used only for a short {@code lifetime}, well inside the commit deadline, so a
 * position is never written long after later positions were: trackers can rely on that when they give
 * up on a gap. What a block does not use is filled with a tombstone when the next block is taken or
 * the process stops. An append never takes positions below the stream's previous event, which another
 * process may have stored above this process's block: the block is then left for a new one.
 */
final class GlobalSequence {

    private static final String ID = "global-sequence";
    private static final String NEXT = "next";

    /** Positions handed to one append, and when the block they came from was reserved. */
    record Reservation(long first, Instant reservedAt) {
    }

    /** Fills positions nobody will write. */
    interface Tombstones {
        void fill(long first, int count);
    }

    private final MongoCollection<Document> counters;
    private final Clock clock;
    private final int blockSize;
    private final Duration lifetime;
    private final Tombstones tombstones;

    private long next;
    private long end;
    private Instant blockReservedAt = Instant.MIN;

    GlobalSequence(MongoCollection<Document> counters, Clock clock, int blockSize, Duration lifetime, Tombstones tombstones) {
        this.counters = counters;
        this.clock = clock;
        this.blockSize = blockSize;
        this.lifetime = lifetime;
        this.tombstones = tombstones;
    }

    /**
     * Hands out {@code count} consecutive positions. Synchronized also because the embedded server was
     * seen to answer the same counter value to concurrent {@code findOneAndUpdate} calls; MongoDB makes
     * that update atomic across processes, and only this process writes to an embedded server.
     */
    synchronized Reservation reserve(int count, long after) {
        // A block reserved before another process stored the stream's last event may lie below it: a new
        // block does not, as the counter only grows. So a stream's events keep their order in the global one.
        if (count > end - next || next <= after || clock.instant().isAfter(blockReservedAt.plus(lifetime))) {
            releaseUnused();
            int size = Math.max(blockSize, count);
            next = increment(size) - size;
            end = next + size;
            blockReservedAt = clock.instant();
        }
        long first = next;
        next += count;
        return new Reservation(first, blockReservedAt);
    }

    /** Tombstones what is left of the current block, so trackers need not wait for it. */
    synchronized void releaseUnused() {
        if (next < end) {
            tombstones.fill(next, (int) (end - next));
            next = end;
        }
    }

    /**
     * Tombstones what is left of the current block once its lifetime is over. A process that stops writing
     * would otherwise leave its block's rest open until it writes again, and every later position another
     * process writes would sit behind that gap for a tracker that keeps global order.
     */
    synchronized void releaseExpired() {
        if (next < end && clock.instant().isAfter(blockReservedAt.plus(lifetime))) {
            releaseUnused();
        }
    }

    /** The last position reserved by anyone so far, or -1 when none was. */
    long head() {
        return next(counters.find(Filters.eq("_id", ID)).first()) - 1;
    }

    private long increment(int size) {
        return next(counters.findOneAndUpdate(Filters.eq("_id", ID), Updates.inc(NEXT, (long) size),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
    }

    private static long next(Document counter) {
        if (counter == null) {
            return 0;
        }
        return ((Number) counter.get(NEXT)).longValue();
    }
}
