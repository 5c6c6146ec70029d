package org.entente.query.arrangement;

import org.entente.api.arrangement.ListArrangementsQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps documents in a map, as they are. The real store serialises them, so a test that wants to know
 * whether a document changed compares {@link ArrangementDocument#toView} records, never the objects.
 * Public because the party tests read the same documents.
 */
public final class InMemoryArrangementDocuments implements ArrangementDocuments {

    private static final Comparator<ArrangementDocument> BY_TITLE_THEN_ID = Comparator
            .comparing(ArrangementDocument::title)
            .thenComparing(ArrangementDocument::id);

    private final Map<String, ArrangementDocument> byId = new HashMap<>();

    @Override
    public Optional<ArrangementDocument> find(String arrangementId) {
        return Optional.ofNullable(byId.get(arrangementId));
    }

    @Override
    public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
        return arrangementIds.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void save(ArrangementDocument document) {
        byId.put(document.id(), document);
    }

    @Override
    public SearchResult search(ListArrangementsQuery query) {
        List<ArrangementDocument> matching = byId.values().stream()
                .filter(d -> query.party() == null || partiesOf(d).contains(query.party()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> titleContains(d, query.text()))
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
        byId.clear();
    }

    public int size() {
        return byId.size();
    }

    /** The document shows its parties only through its views; the day does not affect them. */
    private static List<String> partiesOf(ArrangementDocument document) {
        return document.toSummary(LocalDate.EPOCH).parties();
    }

    private static boolean titleContains(ArrangementDocument document, String text) {
        return text == null || text.isBlank()
                || document.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
