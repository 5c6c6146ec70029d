package org.entente.query.paper;

import org.entente.query.InMemoryCollection;

import java.util.List;
import java.util.Optional;

/**
 * {@link PaperDocuments} in memory, keeping and answering copies as a serialising store does; it obeys
 * {@link PaperDocumentsContract}.
 */
public final class InMemoryPaperDocuments implements PaperDocuments {

    private final InMemoryCollection<PaperDocument> documents = new InMemoryCollection<>(PaperDocument::id);

    @Override
    public Optional<PaperDocument> find(String id) {
        return documents.find(id);
    }

    @Override
    public void save(PaperDocument document) {
        documents.save(document);
    }

    @Override
    public List<PaperDocument> ofArrangement(String arrangementId) {
        return documents.matching(d -> d.arrangementId().equals(arrangementId));
    }

    @Override
    public List<PaperDocument> addressedTo(String party) {
        return documents.matching(d -> d.addressees().contains(party));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }

    /** Everything stored, in id order. */
    public List<PaperDocument> all() {
        return documents.all();
    }
}
