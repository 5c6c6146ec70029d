package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One read-model collection of one document type: read by {@code _id}, replaced whole, searched with a
 * filter. Every cursor names its batch size, because the embedded server otherwise answers a getMore
 * with everything that is left.
 */
public final class DocumentCollection<T> {

    private static final int READ_BATCH = 100;

    private final MongoCollection<Document> collection;
    private final Class<T> type;
    private final DocumentMapper mapper = new DocumentMapper();

    public DocumentCollection(MongoDatabase database, String name, Class<T> type) {
        this.collection = database.getCollection(name);
        this.type = type;
    }

    public MongoCollection<Document> raw() {
        return collection;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    public List<T> findAll(Bson filter) {
        return collection.find(filter).batchSize(READ_BATCH).map(this::read).into(new ArrayList<>());
    }

    public void save(String id, T value) {
        collection.replaceOne(Filters.eq("_id", id), mapper.toDocument(id, value), new ReplaceOptions().upsert(true));
    }

    /** Stores a new document; a document with the id already there is a duplicate-key write error. */
    public void insert(String id, T value) {
        collection.insertOne(mapper.toDocument(id, value));
    }

    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    public T read(Document document) {
        return mapper.fromDocument(document, type);
    }
}
