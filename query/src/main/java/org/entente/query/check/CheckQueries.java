package org.entente.query.check;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.check.FindChecksQuery;
import org.entente.api.view.CheckList;
import org.entente.api.view.CheckView;

import java.util.Comparator;

public class CheckQueries {

    private final CheckDocuments documents;

    public CheckQueries(CheckDocuments documents) {
        this.documents = documents;
    }

    @QueryHandler
    CheckList handle(FindChecksQuery query) {
        return new CheckList(documents.search(query.party(), query.status()).stream()
                .map(CheckDocument::toView)
                .sorted(Comparator.comparing(CheckView::initiatedAt).thenComparing(CheckView::id))
                .toList());
    }
}
