package org.entente.query.arrangement;

import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.query.InMemoryCollection;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link ArrangementDocuments} in memory, keeping and answering copies as a serialising store does. It
 * obeys {@link ArrangementDocumentsContract}; the text search asks what the MongoDB adapter asks of its
 * server: the stripped text, quoted, found anywhere in the title, ignoring case.
 */
public final class InMemoryArrangementDocuments implements ArrangementDocuments {

    private static final Comparator<ArrangementDocument> BY_TITLE_THEN_ID = Comparator
            .comparing(ArrangementDocument::title)
            .thenComparing(ArrangementDocument::id);

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
    public void save(ArrangementDocument document) {
        documents.save(document);
    }

    @Override
    public SearchResult search(ListArrangementsQuery query) {
        Optional<Pattern> text = Optional.ofNullable(query.text()).filter(t -> !t.isBlank())
                .map(t -> Pattern.compile(Pattern.quote(t.strip()), Pattern.CASE_INSENSITIVE));
        List<ArrangementDocument> matching = documents.all().stream()
                .filter(d -> query.party() == null || d.parties().contains(query.party()))
                .filter(d -> query.visibleTo() == null || d.parties().contains(query.visibleTo()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> text.isEmpty() || text.get().matcher(d.title()).find())
                .sorted(BY_TITLE_THEN_ID)
                .toList();
        List<ArrangementDocument> page = matching.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .toList();
        return new SearchResult(page, matching.size());
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
