package org.entente.app.arrangement;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.entente.app.mongo.ReadModelCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.SearchTokens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Search keys in {@code arrangement_search}: one document per key, {@code _id} the key, holding the ids
 * of the arrangements whose text has it. A search reads its keys with one {@code $in} on {@code _id}.
 * {@code $addToSet} and {@code $pull} make a repeated change harmless.
 */
final class MongoSearchTokens implements SearchTokens {

    static final String COLLECTION = "arrangement_search";
    private static final String ARRANGEMENTS = "arrangements";

    private final ReadModelCollection keys;

    MongoSearchTokens(ReadModelCollections collections) {
        this.keys = collections.collection(ArrangementProjection.PROCESSING_GROUP, COLLECTION);
    }

    @Override
    public void change(String arrangementId, Collection<String> added, Collection<String> removed) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        added.forEach(key -> writes.add(new UpdateOneModel<>(Filters.eq("_id", key),
                Updates.addToSet(ARRANGEMENTS, arrangementId), new UpdateOptions().upsert(true))));
        removed.forEach(key -> writes.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.pull(ARRANGEMENTS, arrangementId))));
        if (!writes.isEmpty()) {
            keys.current().bulkWrite(writes);
        }
    }

    @Override
    public Set<String> arrangementsWithAll(Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        List<Document> found = keys.current().find(Filters.in("_id", wanted)).batchSize(wanted.size()).into(new ArrayList<>());
        if (found.size() < new HashSet<>(wanted).size()) {
            return Set.of();
        }
        Set<String> result = null;
        for (Document key : found) {
            Set<String> holding = new HashSet<>(key.getList(ARRANGEMENTS, String.class, List.of()));
            if (result == null) {
                result = holding;
            } else {
                result.retainAll(holding);
            }
        }
        return result == null ? Set.of() : result;
    }

    @Override
    public void deleteAll() {
        keys.current().deleteMany(new Document());
    }
}
