package org.entente.app.contact;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.contact.ContactRole;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactDocuments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Point-of-contact documents in {@code contact_directory}, keyed {@code "<arrangement>/<contact>"}.
 * Folding reads by {@code _id}, as do the scorecards ({@code $in}); the directory search is a filtered read (indexed
 * on a real MongoDB).
 */
final class MongoContactDocuments implements ContactDocuments {

    private final DocumentCollection<ContactDocument> documents;

    MongoContactDocuments(ReadModelCollections collections) {
        this.documents = collections.documents(ContactDirectoryProjection.PROCESSING_GROUP, "contact_directory",
                ContactDocument.class, Indexes.ascending("party", "role"), Indexes.ascending("arrangementId"));
    }

    @Override
    public Optional<ContactDocument> find(String id) {
        return documents.find(id);
    }

    @Override
    public List<ContactDocument> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : documents.findAll(Filters.in("_id", List.copyOf(ids)));
    }

    @Override
    public void save(ContactDocument document) {
        documents.save(document.id(), document);
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
        return documents.findAll(filters.isEmpty() ? new Document() : Filters.and(filters));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }
}
