package org.entente.eventstore;

import com.mongodb.client.MongoDatabase;

import java.util.ArrayList;

/**
 * Refuses to start on a database whose events were written by Axon's Mongo extension (collection
 * {@code domainevents}): this engine would see an empty log there, and new events would fork the
 * history. There is no converter; such a store needs a separate, deliberate migration.
 */
public final class StoreFormatGuard {

    static final String EXTENSION_EVENTS = "domainevents";

    private StoreFormatGuard() {
    }

    public static void refuseForeignFormat(MongoDatabase database) {
        boolean hasExtensionCollection = database.listCollectionNames().into(new ArrayList<>()).contains(EXTENSION_EVENTS);
        if (!hasExtensionCollection) {
            return;
        }
        long extensionEvents = database.getCollection(EXTENSION_EVENTS).estimatedDocumentCount();
        if (extensionEvents > 0) {
            throw new IllegalStateException("Database '" + database.getName() + "' holds " + extensionEvents
                    + " events in '" + EXTENSION_EVENTS + "', written by Axon's Mongo extension. This event store keeps "
                    + "events in '" + CommitLogEventStorageEngine.COMMITS + "' and will not start on the other format, "
                    + "so that no history is misread or forked. Start on an empty database; there is no converter.");
        }
    }
}
