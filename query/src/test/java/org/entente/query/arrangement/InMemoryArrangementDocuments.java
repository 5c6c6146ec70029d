package org.entente.query.arrangement;

import org.entente.query.InMemoryCollection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArrangementDocuments} in memory, keeping and answering copies as a serialising store does. It
 * obeys {@link ArrangementDocumentsContract}.
 */
public final class InMemoryArrangementDocuments implements ArrangementDocuments {


    private final InMemoryCollection<ArrangementDocument> documents = new InMemoryCollection<>(ArrangementDocument::id);

    @Override
    public Optional<ArrangementDocument> find(String arrangementId) {
        return documents.find(arrangementId);
    }

    @Override
    public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
        return arrangementIds.stream().distinct().map(documents::find).flatMap(Optional::stream).toList();
    }

    @Override
    public List<ArrangementListings.Entry> outlines(Collection<String> arrangementIds) {
        return findAll(arrangementIds).stream().map(ArrangementListing::entryOf).toList();
    }

    @Override
    public void save(ArrangementDocument document) {
        documents.save(document);
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }

    /** Everything stored, in id order. */
    public List<ArrangementDocument> all() {
        return documents.all();
    }
}
