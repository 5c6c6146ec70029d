package org.entente.app.arrangement;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementListings;
import org.entente.query.arrangement.ArrangementProjection;

import java.util.ArrayList;
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
    public List<ArrangementListings.Entry> outlines(Collection<String> arrangementIds) {
        if (arrangementIds.isEmpty()) {
            return List.of();
        }
        List<ArrangementListings.Entry> outlines = new ArrayList<>();
        documents.raw().find(Filters.in("_id", arrangementIds)).projection(Projections.include("title", "status", "parties"))
                .batchSize(500).forEach(d -> outlines.add(new ArrangementListings.Entry(d.getString("title"), d.getString("_id"),
                        ArrangementStatus.valueOf(d.getString("status")), d.getList("parties", String.class))));
        return outlines;
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
