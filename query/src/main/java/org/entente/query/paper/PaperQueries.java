package org.entente.query.paper;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.paper.FindOutstandingAcknowledgementsQuery;
import org.entente.api.paper.FindPaperQuery;
import org.entente.api.paper.FindPapersQuery;
import org.entente.api.paper.PaperList;
import org.entente.api.paper.PaperView;

import java.util.Comparator;
import java.util.Optional;

public class PaperQueries {

    private final PaperDocuments documents;

    public PaperQueries(PaperDocuments documents) {
        this.documents = documents;
    }

    @QueryHandler
    PaperList handle(FindOutstandingAcknowledgementsQuery query) {
        return new PaperList(documents.addressedTo(query.party()).stream()
                .map(PaperDocument::toView)
                .filter(p -> p.outstanding().contains(query.party()))
                .sorted(Comparator.comparing(PaperView::submittedOn).thenComparing(PaperView::id))
                .toList());
    }

    @QueryHandler
    Optional<PaperView> handle(FindPaperQuery query) {
        return documents.find(PaperDocument.idOf(query.arrangementId(), query.paperId())).map(PaperDocument::toView);
    }

    @QueryHandler
    PaperList handle(FindPapersQuery query) {
        return new PaperList(documents.ofArrangement(query.arrangementId()).stream()
                .map(PaperDocument::toView)
                .sorted(Comparator.comparing(PaperView::submittedOn).thenComparing(PaperView::id))
                .toList());
    }
}
