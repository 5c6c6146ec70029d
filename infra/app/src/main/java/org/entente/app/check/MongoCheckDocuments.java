package org.entente.app.check;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.check.CheckStatus;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.check.CheckDocument;
import org.entente.query.check.CheckDocuments;
import org.entente.query.check.CheckProjection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Check documents in {@code communication_checks}, keyed by check id; searches are indexed on a real MongoDB. */
final class MongoCheckDocuments implements CheckDocuments {

    private final DocumentCollection<CheckDocument> documents;

    MongoCheckDocuments(ReadModelCollections collections) {
        this.documents = collections.documents(CheckProjection.PROCESSING_GROUP, "communication_checks", CheckDocument.class,
                Indexes.ascending("status"), Indexes.ascending("fromParty"), Indexes.ascending("toParty"));
    }

    @Override
    public Optional<CheckDocument> find(String checkId) {
        return documents.find(checkId);
    }

    @Override
    public void save(CheckDocument document) {
        documents.save(document.id(), document);
    }

    @Override
    public List<CheckDocument> search(String party, CheckStatus status) {
        List<Bson> filters = new ArrayList<>();
        if (party != null) {
            filters.add(Filters.or(Filters.eq("fromParty", party), Filters.eq("toParty", party)));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return documents.findAll(filters.isEmpty() ? new Document() : Filters.and(filters));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }
}
