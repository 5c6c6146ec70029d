package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import org.bson.conversions.Bson;

/**
 * Creates the non-unique indexes that exist only to make queries fast: on a real MongoDB. The embedded
 * server never answers a query from a non-unique index (only an exact match or {@code $in} on a unique
 * one), so there such an index would only slow every write down. Unique indexes are constraints and are
 * always created where they are declared. The queries are the same on both servers.
 */
public final class QueryIndexes {

    private final boolean create;

    private QueryIndexes(boolean create) {
        this.create = create;
    }

    public static QueryIndexes forServer(boolean embedded) {
        return new QueryIndexes(!embedded);
    }

    public boolean createsQueryIndexes() {
        return create;
    }

    public void ensure(MongoCollection<?> collection, Bson keys) {
        if (create) {
            collection.createIndex(keys);
        }
    }
}
