package org.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;

/**
 * Refuses to start on a database whose events were written by the foundation's engine (Axon's Mongo
 * extension, collection {@code domainevents}): this engine would see an empty registry there and new
 * events would fork the history. Converting such a store is a deliberate, separate step.
 */
public final class StoreFormatGuard {

    static final String FOUNDATION_EVENTS = "domainevents";

    private StoreFormatGuard() {
    }

    public static void refuseForeignFormat(MongoDatabase database) {
        boolean hasFoundationCollection = database.listCollectionNames().into(new java.util.ArrayList<>()).contains(FOUNDATION_EVENTS);
        if (!hasFoundationCollection) {
            return;
        }
        long foundationEvents = database.getCollection(FOUNDATION_EVENTS).estimatedDocumentCount();
        if (foundationEvents > 0) {
            throw new IllegalStateException("Database '" + database.getName() + "' holds " + foundationEvents
                    + " events in '" + FOUNDATION_EVENTS + "', written by the foundation's event store (Axon Mongo "
                    + "extension). This version keeps events in '" + CommitLogEventStorageEngine.COMMITS
                    + "' and will not start on the old format, so that no history is misread or forked. "
                    + "Start on an empty database, or convert the store first (see docs/event-store.md).");
        }
    }
}
