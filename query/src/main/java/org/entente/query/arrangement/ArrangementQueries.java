package org.entente.query.arrangement;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementSummary;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers questions about arrangements from their documents; overdue is judged on the registry clock's today. */
public class ArrangementQueries {

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
        // Keys of words up to the longest key are exact: only a longer word needs the text itself checked.
        boolean keysSuffice = SearchText.words(query.text()).stream().allMatch(w -> w.length() <= SearchText.LONGEST_KEY);
        List<ArrangementListings.Entry> found = documents.outlines(candidates).stream()
                .filter(e -> query.party() == null || e.parties().contains(query.party()))
                .filter(e -> query.visibleTo() == null || e.parties().contains(query.visibleTo()))
                .filter(e -> query.status() == null || e.status() == query.status())
                .sorted(ArrangementListing.TITLE_ORDER)
                .toList();
        if (!keysSuffice) {
            Set<String> matching = new HashSet<>();
            documents.findAll(found.stream().map(ArrangementListings.Entry::id).toList()).stream()
                    .filter(d -> ArrangementSearch.matches(d, query.text())).forEach(d -> matching.add(d.id()));
            found = found.stream().filter(e -> matching.contains(e.id())).toList();
        }
        List<String> page = found.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(ArrangementListings.Entry::id).toList();
        return new ArrangementPage(summaries(page, today), query.page(), query.size(), found.size());
    }

    /** From the list of the party asked about, else of the registrar's own party, else of the registry. */
    private ArrangementPage listed(ListArrangementsQuery query, LocalDate today) {
        String party = query.party() != null ? query.party() : query.visibleTo();
        String scope = party != null ? ArrangementListing.partyTo(party) : ArrangementListing.REGISTRY;
        String alsoPartyTo = query.party() != null && query.visibleTo() != null && !query.party().equals(query.visibleTo())
                ? query.visibleTo() : null;
        ArrangementListing.Page page = listing.page(scope, query.status(), alsoPartyTo, query.page(), query.size());
        return new ArrangementPage(summaries(page.ids(), today), query.page(), query.size(), page.total());
    }

    /** The summaries of these arrangements, in this order, read with one {@code $in}. */
    private List<ArrangementSummary> summaries(List<String> ids, LocalDate today) {
        Map<String, ArrangementDocument> found = new HashMap<>();
        documents.findAll(ids).forEach(d -> found.put(d.id(), d));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(d -> d.toSummary(today)).toList();
    }
}
