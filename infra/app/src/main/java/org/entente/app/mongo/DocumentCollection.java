package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One collection of one document type: read by {@code _id}, replaced whole, searched with a filter. A
 * projection's read model is built on a {@link ReadModelCollection}, so every access goes to the generation
 * in use at that moment; other collections (accounts, tokens) are named directly. Every cursor names its batch
 * size, because the embedded server otherwise answers a getMore with everything that is left.
 */
public final class DocumentCollection<T> {

    private static final int READ_BATCH = 100;

    private final Supplier<MongoCollection<Document>> collection;
    private final Class<T> type;
    private final DocumentMapper mapper = new DocumentMapper();

    /** A collection that is not a projection's read model: it has one generation, its name. */
    public DocumentCollection(MongoDatabase database, String name, Class<T> type) {
        MongoCollection<Document> fixed = database.getCollection(name);
        this.collection = () -> fixed;
        this.type = type;
    }

    public DocumentCollection(ReadModelCollection readModel, Class<T> type) {
        this.collection = readModel::current;
        this.type = type;
    }

    /** The collection to use for this one access; not to be kept, since a rebuild may switch it. */
    public MongoCollection<Document> raw() {
        return collection.get();
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(raw().find(Filters.eq("_id", id)).first()).map(this::read);
    }

    public List<T> findAll(Bson filter) {
        return raw().find(filter).batchSize(READ_BATCH).map(this::read).into(new ArrayList<>());
    }

    /** Inserts or replaces each value under the id it names, in one write to the server. */
    public void saveAll(Collection<T> values, Function<T, String> idOf) {
        if (values.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        values.forEach(value -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", idOf.apply(value)),
                mapper.toDocument(idOf.apply(value), value), new ReplaceOptions().upsert(true))));
        raw().bulkWrite(writes);
    }

    public void save(String id, T value) {
        raw().replaceOne(Filters.eq("_id", id), mapper.toDocument(id, value), new ReplaceOptions().upsert(true));
    }

    /** Stores a new document; a document with the id already there is a duplicate-key write error. */
    public void insert(String id, T value) {
        raw().insertOne(mapper.toDocument(id, value));
    }

    public void deleteAll() {
        raw().deleteMany(new Document());
    }

    public T read(Document document) {
        return mapper.fromDocument(document, type);
    }
}
