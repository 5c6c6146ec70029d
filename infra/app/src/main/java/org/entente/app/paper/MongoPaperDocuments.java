package org.entente.app.paper;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.paper.PaperDocument;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.paper.PaperProjection;

import java.util.List;
import java.util.Optional;

/** Paper documents in {@code doctrine_papers}, keyed {@code "<arrangement>/<paper>"}. */
final class MongoPaperDocuments implements PaperDocuments {

    private final DocumentCollection<PaperDocument> documents;

    MongoPaperDocuments(ReadModelCollections collections) {
        this.documents = collections.documents(PaperProjection.PROCESSING_GROUP, "doctrine_papers", PaperDocument.class,
                Indexes.ascending("submitted.arrangementId"), Indexes.ascending("submitted.addressees"));
    }

    @Override
    public Optional<PaperDocument> find(String id) {
        return documents.find(id);
    }

    @Override
    public void save(PaperDocument document) {
        documents.save(document.id(), document);
    }

    @Override
    public List<PaperDocument> ofArrangement(String arrangementId) {
        return documents.findAll(Filters.eq("submitted.arrangementId", arrangementId));
    }

    @Override
    public List<PaperDocument> addressedTo(String party) {
        return documents.findAll(Filters.eq("submitted.addressees", party));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }
}
