package org.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The registry-wide order of events: one counter document, advanced with a single atomic
 * {@code findOneAndUpdate} by {@code _id}. A block of positions, once handed out, is never handed out
 * again, whether or not its writer goes on to use it.
 */
final class GlobalSequence {

    private static final String ID = "global-sequence";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalSequence(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /**
     * Reserves {@code count} consecutive positions and answers the first. The update is atomic on
     * MongoDB; the embedded server was seen to answer the same value to concurrent callers, so this
     * process also takes its reservations one at a time. Only this process writes to an embedded server.
     */
    synchronized long allocate(int count) {
        Document after = counters.findOneAndUpdate(Filters.eq("_id", ID), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return next(after) - count;
    }

    /** The last position handed out so far, or -1 when none was. */
    long head() {
        return next(counters.find(Filters.eq("_id", ID)).first()) - 1;
    }

    private static long next(Document counter) {
        if (counter == null) {
            return 0;
        }
        return ((Number) counter.get(NEXT)).longValue();
    }
}
