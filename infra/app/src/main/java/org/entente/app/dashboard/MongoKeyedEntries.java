package org.entente.app.dashboard;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.app.mongo.DocumentMapper;
import org.entente.app.mongo.ReadModelCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.dashboard.KeyedEntries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed entries in one collection of a projection's read model: a document per id, its entries as fields of
 * {@code entries}. A change sets or unsets its entry's field alone ({@code $set}/{@code $unset}, upserting the
 * document), so a document is never rewritten whole by the client; reads name documents by {@code _id}, several at
 * once by {@code $in}.
 */
final class MongoKeyedEntries<T> implements KeyedEntries<T> {

    private static final String ENTRIES = "entries";
    private static final int READ_BATCH = 100;

    private final ReadModelCollection collection;
    private final Class<T> type;
    private final DocumentMapper mapper = new DocumentMapper();

    /**
     * @param processingGroup the projection whose handlers write the collection, so that it is rebuilt with it
     */
    MongoKeyedEntries(ReadModelCollections collections, String processingGroup, String name, Class<T> type) {
        this.collection = collections.collection(processingGroup, name);
        this.type = type;
    }

    @Override
    public void write(List<Change<T>> changes) {
        Map<String, Map<String, T>> byDocument = new LinkedHashMap<>();
        for (Change<T> change : changes) {
            byDocument.computeIfAbsent(change.documentId(), id -> new LinkedHashMap<>()).put(change.key(), change.value());
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        byDocument.forEach((id, entries) -> {
            List<Bson> updates = new ArrayList<>();
            entries.forEach((key, value) -> {
                if (value == null) {
                    updates.add(Updates.unset(ENTRIES + "." + key));
                } else {
                    Document stored = mapper.toDocument(key, value);
                    stored.remove("_id");
                    updates.add(Updates.set(ENTRIES + "." + key, stored));
                }
            });
            writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            collection.current().bulkWrite(writes);
        }
    }

    @Override
    public Map<String, Map<String, T>> read(Collection<String> documentIds) {
        Map<String, Map<String, T>> found = new LinkedHashMap<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        collection.current().find(Filters.in("_id", List.copyOf(documentIds))).batchSize(Math.min(documentIds.size(), READ_BATCH))
                .forEach(document -> {
                    Map<String, T> entries = new LinkedHashMap<>();
                    if (document.get(ENTRIES) instanceof Document stored) {
                        stored.forEach((key, value) -> entries.put(key, mapper.fromDocument((Document) value, type)));
                    }
                    found.put(document.getString("_id"), entries);
                });
        return found;
    }

    @Override
    public void deleteAll() {
        collection.current().deleteMany(new Document());
    }
}
