package org.entente.app.arrangement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Arrangement documents in the {@code arrangement_views} collection, keyed by arrangement id. Reads of
 * one arrangement (and of a party's arrangements, with {@code $in}) go by {@code _id}; the list search
 * is the one scan, backed on a real MongoDB by indexes on parties and status.
 */
final class MongoArrangementDocuments implements ArrangementDocuments {

    static final String COLLECTION = "arrangement_views";
    private static final int READ_BATCH = 100;

    private final DocumentCollection<ArrangementDocument> documents;

    MongoArrangementDocuments(ReadModelCollections collections) {
        this.documents = collections.documents(ArrangementProjection.PROCESSING_GROUP, COLLECTION, ArrangementDocument.class,
                Indexes.ascending("parties"), Indexes.ascending("status"));
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
    public SearchResult search(ListArrangementsQuery query) {
        Bson filter = filterOf(query);
        MongoCollection<Document> collection = documents.raw();
        long total = collection.countDocuments(filter);
        List<ArrangementDocument> items = collection.find(filter)
                .sort(Sorts.ascending("title", "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .batchSize(READ_BATCH)
                .map(documents::read)
                .into(new ArrayList<>());
        return new SearchResult(items, total);
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }

    private static Bson filterOf(ListArrangementsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.party() != null) {
            filters.add(Filters.eq("parties", query.party()));
        }
        if (query.visibleTo() != null) {
            filters.add(Filters.eq("parties", query.visibleTo()));
        }
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            filters.add(Filters.regex("title", Pattern.compile(Pattern.quote(query.text().strip()), Pattern.CASE_INSENSITIVE)));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }
}
