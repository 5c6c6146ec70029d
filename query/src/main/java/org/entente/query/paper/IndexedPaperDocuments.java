package org.entente.query.paper;

import java.util.List;
import java.util.Optional;

/**
 * The paper documents together with the read models derived from them: each change updates the indexes first
 * and stores the document last, so a crash in between is mended by the redelivered event.
 */
public final class IndexedPaperDocuments implements PaperDocuments {

    private final PaperDocuments stored;
    private final List<PaperIndex> indexes;

    public IndexedPaperDocuments(PaperDocuments stored, List<PaperIndex> indexes) {
        this.stored = stored;
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public Optional<PaperDocument> find(String id) {
        return stored.find(id);
    }

    @Override
    public void save(PaperDocument document) {
        PaperDocument before = indexes.isEmpty() ? null : stored.find(document.id()).orElse(null);
        indexes.forEach(index -> index.update(before, document));
        stored.save(document);
    }

    @Override
    public List<PaperDocument> ofArrangement(String arrangementId) {
        return stored.ofArrangement(arrangementId);
    }

    @Override
    public List<PaperDocument> addressedTo(String party) {
        return stored.addressedTo(party);
    }

    @Override
    public void deleteAll() {
        indexes.forEach(PaperIndex::clear);
        stored.deleteAll();
    }
}
