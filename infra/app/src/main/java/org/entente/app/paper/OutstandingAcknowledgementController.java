package org.entente.app.paper;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.paper.FindOutstandingAcknowledgementsQuery;
import org.entente.api.paper.PaperList;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.PartyParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a party still has to acknowledge, across every arrangement. */
@RestController
class OutstandingAcknowledgementController {

    private final QueryGateway queries;
    private final ArrangementVisibility visibility;

    OutstandingAcknowledgementController(QueryGateway queries, ArrangementVisibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @GetMapping("/api/parties/{code}/outstanding-acknowledgements")
    PaperList outstanding(@PathVariable String code) {
        PartyParameters.requireExisting(code);
        PaperList all = queries.query(new FindOutstandingAcknowledgementsQuery(code), ResponseTypes.instanceOf(PaperList.class)).join();
        return new PaperList(all.items().stream().filter(paper -> visibility.seesViewsOf(paper.arrangementId())).toList());
    }
}
