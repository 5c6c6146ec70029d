package org.entente.query.arrangement;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers questions about arrangements from their documents; overdue is judged on the registry clock's today. */
public class ArrangementQueries {

    private static final Comparator<ArrangementDocument> BY_TITLE =
            Comparator.comparing(ArrangementDocument::title).thenComparing(ArrangementDocument::id);

    private final ArrangementDocuments documents;
    private final ArrangementSearch search;
    private final Clock clock;

    public ArrangementQueries(ArrangementDocuments documents, ArrangementSearch search, Clock clock) {
        this.documents = documents;
        this.search = search;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ArrangementView> handle(FindArrangementQuery query) {
        LocalDate today = LocalDate.now(clock);
        return documents.find(query.arrangementId()).map(document -> document.toView(today));
    }

    @QueryHandler
    ArrangementPage handle(ListArrangementsQuery query) {
        LocalDate today = LocalDate.now(clock);
        Set<String> candidates = query.text() == null ? null : search.candidates(query.text());
        if (candidates == null) {
            ArrangementDocuments.SearchResult result = documents.search(
                    new ListArrangementsQuery(query.party(), query.status(), null, query.visibleTo(), query.page(), query.size()));
            return new ArrangementPage(result.items().stream().map(d -> d.toSummary(today)).toList(),
                    query.page(), query.size(), result.total());
        }
        List<ArrangementDocument> found = documents.findAll(candidates).stream()
                .filter(d -> query.party() == null || d.parties().contains(query.party()))
                .filter(d -> query.visibleTo() == null || d.parties().contains(query.visibleTo()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> ArrangementSearch.matches(d, query.text()))
                .sorted(BY_TITLE)
                .toList();
        List<ArrangementDocument> page = found.stream()
                .skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new ArrangementPage(page.stream().map(d -> d.toSummary(today)).toList(), query.page(), query.size(), found.size());
    }
}
