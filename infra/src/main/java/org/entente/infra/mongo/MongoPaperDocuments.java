package org.entente.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.entente.query.paper.PaperDocument;
import org.entente.query.paper.PaperDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paper documents in {@code doctrine_papers}, keyed {@code "<arrangement>/<paper>"}. */
final class MongoPaperDocuments implements PaperDocuments {

    private static final int READ_BATCH = 200;

    private final MongoCollection<Document> collection;
    private final DocumentMapper mapper = new DocumentMapper();

    MongoPaperDocuments(MongoDatabase database) {
        this.collection = database.getCollection("doctrine_papers");
        collection.createIndex(Indexes.ascending("submitted.arrangementId"));
        collection.createIndex(Indexes.ascending("submitted.addressees"));
    }

    @Override
    public Optional<PaperDocument> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    @Override
    public void save(PaperDocument document) {
        collection.replaceOne(Filters.eq("_id", document.id()), mapper.toDocument(document.id(), document),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<PaperDocument> ofArrangement(String arrangementId) {
        return collection.find(Filters.eq("submitted.arrangementId", arrangementId)).batchSize(READ_BATCH)
                .map(this::read).into(new ArrayList<>());
    }

    @Override
    public List<PaperDocument> addressedTo(String party) {
        return collection.find(Filters.eq("submitted.addressees", party)).batchSize(READ_BATCH)
                .map(this::read).into(new ArrayList<>());
    }

    @Override
    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private PaperDocument read(Document document) {
        return mapper.fromDocument(document, PaperDocument.class);
    }
}
