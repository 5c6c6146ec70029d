package org.entente.app.paper;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.paper.FindOutstandingAcknowledgementsQuery;
import org.entente.api.paper.PaperList;
import org.entente.app.web.PartyParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a party still has to acknowledge, across every arrangement. */
@RestController
class OutstandingAcknowledgementController {

    private final QueryGateway queries;

    OutstandingAcknowledgementController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/parties/{code}/outstanding-acknowledgements")
    PaperList outstanding(@PathVariable String code) {
        PartyParameters.requireExisting(code);
        return queries.query(new FindOutstandingAcknowledgementsQuery(code), ResponseTypes.instanceOf(PaperList.class)).join();
    }
}
