package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;

import java.util.concurrent.TimeUnit;

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

    /**
     * A TTL index: a real MongoDB removes a document once the instant in {@code field} has passed. The
     * embedded server would accept it and never act on it, so there the owner purges on a schedule instead.
     */
    public void ensureExpiry(MongoCollection<?> collection, String field) {
        if (create) {
            collection.createIndex(Indexes.ascending(field), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        }
    }
}
