package org.entente.query.arrangement;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers questions about arrangements from their documents; overdue is judged on the registry clock's today. */
public class ArrangementQueries {

    private static final Comparator<ArrangementDocument> BY_TITLE =
            Comparator.comparing(ArrangementDocument::title).thenComparing(ArrangementDocument::id);

    private final ArrangementDocuments documents;
    private final ArrangementListing listing;
    private final ArrangementSearch search;
    private final Clock clock;

    public ArrangementQueries(ArrangementDocuments documents, ArrangementListing listing, ArrangementSearch search, Clock clock) {
        this.documents = documents;
        this.listing = listing;
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
        if (query.text() == null || query.text().isBlank()) {
            return listed(query, today);
        }
        Set<String> candidates = search.candidates(query.text());
        if (candidates == null) {
            // Punctuation alone: there is no word to find.
            return new ArrangementPage(List.of(), query.page(), query.size(), 0);
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

    /** From the list of the party asked about, else of the registrar's own party, else of the registry. */
    private ArrangementPage listed(ListArrangementsQuery query, LocalDate today) {
        String party = query.party() != null ? query.party() : query.visibleTo();
        String scope = party != null ? ArrangementListing.partyTo(party) : ArrangementListing.REGISTRY;
        String alsoPartyTo = query.party() != null && query.visibleTo() != null && !query.party().equals(query.visibleTo())
                ? query.visibleTo() : null;
        ArrangementListing.Page page = listing.page(scope, query.status(), alsoPartyTo, query.page(), query.size());
        Map<String, ArrangementDocument> found = new HashMap<>();
        documents.findAll(page.ids()).forEach(d -> found.put(d.id(), d));
        return new ArrangementPage(page.ids().stream().map(found::get).filter(Objects::nonNull).map(d -> d.toSummary(today)).toList(),
                query.page(), query.size(), page.total());
    }
}
