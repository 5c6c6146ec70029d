package org.entente.query.arrangement;

import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.query.StoredCopy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@link ArrangementDocuments} in a map, keeping and answering copies as a serialising store does. It
 * obeys {@link ArrangementDocumentsContract}; the text search asks what the MongoDB adapter asks of its
 * server: the stripped text, quoted, found anywhere in the title, ignoring case.
 */
public final class InMemoryArrangementDocuments implements ArrangementDocuments {

    private static final Comparator<ArrangementDocument> BY_TITLE_THEN_ID = Comparator
            .comparing(ArrangementDocument::title)
            .thenComparing(ArrangementDocument::id);

    private final Map<String, ArrangementDocument> byId = new TreeMap<>();

    @Override
    public Optional<ArrangementDocument> find(String arrangementId) {
        return Optional.ofNullable(byId.get(arrangementId)).map(StoredCopy::of);
    }

    @Override
    public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
        return arrangementIds.stream().distinct().map(byId::get).filter(Objects::nonNull).map(StoredCopy::of).toList();
    }

    @Override
    public void save(ArrangementDocument document) {
        byId.put(document.id(), StoredCopy.of(document));
    }

    @Override
    public SearchResult search(ListArrangementsQuery query) {
        Optional<Pattern> text = Optional.ofNullable(query.text()).filter(t -> !t.isBlank())
                .map(t -> Pattern.compile(Pattern.quote(t.strip()), Pattern.CASE_INSENSITIVE));
        List<ArrangementDocument> matching = byId.values().stream()
                .filter(d -> query.party() == null || partiesOf(d).contains(query.party()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> text.isEmpty() || text.get().matcher(d.title()).find())
                .sorted(BY_TITLE_THEN_ID)
                .toList();
        List<ArrangementDocument> page = matching.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .map(StoredCopy::of)
                .toList();
        return new SearchResult(page, matching.size());
    }

    @Override
    public void deleteAll() {
        byId.clear();
    }

    /** Everything stored, in id order. */
    public List<ArrangementDocument> all() {
        return byId.values().stream().map(StoredCopy::of).toList();
    }

    /** The document shows its parties only through its views; the day does not affect them. */
    private static List<String> partiesOf(ArrangementDocument document) {
        return document.toSummary(LocalDate.EPOCH).parties();
    }
}
