package org.entente.query.paper;

import org.entente.query.StoredCopy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@link PaperDocuments} in a map, keeping and answering copies as a serialising store does; it obeys
 * {@link PaperDocumentsContract}.
 */
public final class InMemoryPaperDocuments implements PaperDocuments {

    private final Map<String, PaperDocument> byId = new TreeMap<>();

    @Override
    public Optional<PaperDocument> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(StoredCopy::of);
    }

    @Override
    public void save(PaperDocument document) {
        byId.put(document.id(), StoredCopy.of(document));
    }

    @Override
    public List<PaperDocument> ofArrangement(String arrangementId) {
        return matching(d -> d.arrangementId().equals(arrangementId));
    }

    @Override
    public List<PaperDocument> addressedTo(String party) {
        return matching(d -> d.toView().addressees().contains(party));
    }

    @Override
    public void deleteAll() {
        byId.clear();
    }

    /** Everything stored, in id order. */
    public List<PaperDocument> all() {
        return matching(d -> true);
    }

    private List<PaperDocument> matching(Predicate<PaperDocument> filter) {
        return byId.values().stream().filter(filter).map(StoredCopy::of).toList();
    }
}
