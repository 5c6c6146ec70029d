package org.entente.app.arrangement;

import com.mongodb.client.model.Filters;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Arrangement documents in the {@code arrangement_views} collection, keyed by arrangement id. Every read
 * goes by {@code _id} (one, or a page of them with {@code $in}); lists and searches find the ids in read
 * models of their own.
 */
final class MongoArrangementDocuments implements ArrangementDocuments {

    static final String COLLECTION = "arrangement_views";

    private final DocumentCollection<ArrangementDocument> documents;

    MongoArrangementDocuments(ReadModelCollections collections) {
        this.documents = collections.documents(ArrangementProjection.PROCESSING_GROUP, COLLECTION, ArrangementDocument.class);
    }

    @Override
    public Optional<ArrangementDocument> find(String arrangementId) {
        return documents.find(arrangementId);
    }

    @Override
    public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
        if (arrangementIds.isEmpty()) {
            return List.of();
        }
        return documents.findAll(Filters.in("_id", arrangementIds));
    }

    @Override
    public void save(ArrangementDocument document) {
        documents.save(document.id(), document);
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }
}
