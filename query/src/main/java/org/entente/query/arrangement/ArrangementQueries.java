package org.entente.query.arrangement;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Answers questions about arrangements from their documents; overdue is judged on the registry clock's today. */
public class ArrangementQueries {

    private final ArrangementDocuments documents;
    private final Clock clock;

    public ArrangementQueries(ArrangementDocuments documents, Clock clock) {
        this.documents = documents;
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
        ArrangementDocuments.SearchResult result = documents.search(query);
        return new ArrangementPage(result.items().stream().map(d -> d.toSummary(today)).toList(),
                query.page(), query.size(), result.total());
    }
}
