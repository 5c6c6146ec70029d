package org.entente.query.check;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.check.CheckList;
import org.entente.api.check.CheckView;
import org.entente.api.check.FindCheckQuery;
import org.entente.api.check.FindChecksQuery;

import java.util.Comparator;
import java.util.Optional;

/** Communication checks: one by id, or those of a party by status, oldest first. */
public class CheckQueries {

    private final CheckDocuments documents;

    public CheckQueries(CheckDocuments documents) {
        this.documents = documents;
    }

    @QueryHandler
    Optional<CheckView> handle(FindCheckQuery query) {
        return documents.find(query.checkId()).map(CheckDocument::toView);
    }

    @QueryHandler
    CheckList handle(FindChecksQuery query) {
        return new CheckList(documents.search(query.party(), query.status()).stream()
                .map(CheckDocument::toView)
                .sorted(Comparator.comparing(CheckView::initiatedAt).thenComparing(CheckView::id))
                .toList());
    }
}
