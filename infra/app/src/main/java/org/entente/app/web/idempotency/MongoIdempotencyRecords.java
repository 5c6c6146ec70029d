package org.entente.app.web.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.entente.app.mongo.QueryIndexes;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency records in the {@code idempotency_keys} collection, {@code _id} the record's id. Taking over an
 * expired record replaces it only while it is still the record that was read, so two requests never both
 * hold a key. A TTL index on {@code expiresAt} lets a real MongoDB remove expired records itself; the
 * embedded server would not act on one, so none is made there, and {@link #purgeExpired} runs on a schedule on both.
 */
public final class MongoIdempotencyRecords implements IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";
    private static final int ATTEMPTS = 5;

    private final MongoCollection<Document> collection;

    public MongoIdempotencyRecords(MongoDatabase database, QueryIndexes indexes) {
        this.collection = database.getCollection(COLLECTION);
        indexes.ensureExpiry(collection, "expiresAt");
    }

    @Override
    public Optional<KeyRecord> claim(String id, KeyRecord claim, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                collection.insertOne(toDocument(id, claim));
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document held = collection.find(byId(id)).first();
            if (held == null) {
                continue;
            }
            KeyRecord holder = fromDocument(held);
            if (holder.expiresAt().isAfter(now)) {
                return Optional.of(holder);
            }
            if (collection.replaceOne(Filters.and(byId(id), Filters.eq("claim", holder.claim())), toDocument(id, claim))
                    .getMatchedCount() == 1) {
                return Optional.empty();
            }
        }
        // Every attempt met a record that vanished or changed at once: the key is contested, so it is held.
        return find(id, now).or(() -> Optional.of(claim));
    }

    @Override
    public Optional<KeyRecord> find(String id, Instant now) {
        return Optional.ofNullable(collection.find(byId(id)).first()).map(MongoIdempotencyRecords::fromDocument)
                .filter(record -> record.expiresAt().isAfter(now));
    }

    @Override
    public boolean complete(String id, KeyRecord done) {
        return collection.replaceOne(Filters.and(byId(id), Filters.eq("claim", done.claim())), toDocument(id, done))
                .getMatchedCount() == 1;
    }

    @Override
    public void release(String id, String claim) {
        collection.deleteOne(Filters.and(byId(id), Filters.eq("claim", claim)));
    }

    @Override
    public long purgeExpired(Instant now) {
        return collection.deleteMany(Filters.lte("expiresAt", Date.from(now))).getDeletedCount();
    }

    private static Bson byId(String id) {
        return Filters.eq("_id", id);
    }

    private static Document toDocument(String id, KeyRecord record) {
        Document document = new Document("_id", id)
                .append("fingerprint", record.fingerprint())
                .append("claim", record.claim())
                .append("expiresAt", Date.from(record.expiresAt()));
        if (record.answer() != null) {
            RecordedAnswer answer = record.answer();
            document.append("answer", new Document("status", answer.status())
                    .append("headers", new Document(new LinkedHashMap<>(answer.headers())))
                    .append("body", new Binary(answer.body())));
        }
        return document;
    }

    private static KeyRecord fromDocument(Document document) {
        Document answer = document.get("answer", Document.class);
        return new KeyRecord(document.getString("fingerprint"), document.getString("claim"),
                document.getDate("expiresAt").toInstant(), answer == null ? null : new RecordedAnswer(answer.getInteger("status"),
                headers(answer.get("headers", Document.class)), answer.get("body", Binary.class).getData()));
    }

    private static Map<String, String> headers(Document headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach((name, value) -> byName.put(name, (String) value));
        return byName;
    }
}
