package org.entente.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.check.CheckStatus;
import org.entente.query.check.CheckDocument;
import org.entente.query.check.CheckDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Check documents in {@code communication_checks}, keyed by check id; searches are indexed on a real MongoDB. */
final class MongoCheckDocuments implements CheckDocuments {

    private static final int READ_BATCH = 200;

    private final MongoCollection<Document> collection;
    private final DocumentMapper mapper = new DocumentMapper();

    MongoCheckDocuments(MongoDatabase database) {
        this.collection = database.getCollection("communication_checks");
        collection.createIndex(Indexes.ascending("status"));
        collection.createIndex(Indexes.ascending("fromParty"));
        collection.createIndex(Indexes.ascending("toParty"));
    }

    @Override
    public Optional<CheckDocument> find(String checkId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", checkId)).first()).map(this::read);
    }

    @Override
    public void save(CheckDocument document) {
        collection.replaceOne(Filters.eq("_id", document.id()), mapper.toDocument(document.id(), document),
                new ReplaceOptions().upsert(true));
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
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return collection.find(filter).batchSize(READ_BATCH).map(this::read).into(new ArrayList<>());
    }

    @Override
    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private CheckDocument read(Document document) {
        return mapper.fromDocument(document, CheckDocument.class);
    }
}
