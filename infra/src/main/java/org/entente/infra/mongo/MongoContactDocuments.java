package org.entente.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.contact.ContactRole;
import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.ContactDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Point-of-contact documents in {@code contact_directory}, keyed {@code "<arrangement>/<contact>"}.
 * Folding reads by {@code _id}; the directory search is a filtered read (indexed on a real MongoDB).
 */
final class MongoContactDocuments implements ContactDocuments {

    private static final int READ_BATCH = 200;

    private final MongoCollection<Document> collection;
    private final DocumentMapper mapper = new DocumentMapper();

    MongoContactDocuments(MongoDatabase database) {
        this.collection = database.getCollection("contact_directory");
        collection.createIndex(Indexes.ascending("party", "role"));
        collection.createIndex(Indexes.ascending("arrangementId"));
    }

    @Override
    public Optional<ContactDocument> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    @Override
    public void save(ContactDocument document) {
        collection.replaceOne(Filters.eq("_id", document.id()), mapper.toDocument(document.id(), document),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<ContactDocument> search(String party, ContactRole role, String arrangementId) {
        List<Bson> filters = new ArrayList<>();
        if (party != null) {
            filters.add(Filters.eq("party", party));
        }
        if (role != null) {
            filters.add(Filters.eq("role", role.name()));
        }
        if (arrangementId != null) {
            filters.add(Filters.eq("arrangementId", arrangementId));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return collection.find(filter).batchSize(READ_BATCH).map(this::read).into(new ArrayList<>());
    }

    @Override
    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private ContactDocument read(Document document) {
        return mapper.fromDocument(document, ContactDocument.class);
    }
}
