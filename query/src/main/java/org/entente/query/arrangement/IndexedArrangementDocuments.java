package org.entente.query.arrangement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The arrangement documents together with the read models derived from them. Each change updates the
 * indexes first and stores the document last: a crash in between leaves the document unchanged, the
 * event is delivered again, and the indexes are brought in line once more from the same before and after.
 */
public final class IndexedArrangementDocuments implements ArrangementDocuments {

    private final ArrangementDocuments stored;
    private final List<ArrangementIndex> indexes;

    public IndexedArrangementDocuments(ArrangementDocuments stored, List<ArrangementIndex> indexes) {
        this.stored = stored;
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public Optional<ArrangementDocument> find(String arrangementId) {
        return stored.find(arrangementId);
    }

    @Override
    public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
        return stored.findAll(arrangementIds);
    }

    @Override
    public List<ArrangementListings.Entry> outlines(Collection<String> arrangementIds) {
        return stored.outlines(arrangementIds);
    }

    @Override
    public void save(ArrangementDocument document) {
        ArrangementDocument before = stored.find(document.id()).orElse(null);
        indexes.forEach(index -> index.update(before, document));
        stored.save(document);
    }

    @Override
    public void deleteAll() {
        indexes.forEach(ArrangementIndex::clear);
        stored.deleteAll();
    }
}
