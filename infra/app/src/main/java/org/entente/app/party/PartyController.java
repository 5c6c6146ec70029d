package org.entente.app.party;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.party.FindPartyCommitmentsQuery;
import org.entente.api.party.PartyCommitments;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.PartyParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartyController {

    private final QueryGateway queries;

    PartyController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/parties/{code}/commitments")
    PartyCommitments commitments(@PathVariable String code,
                                 @RequestParam(required = false) CommitmentStatus status,
                                 @RequestParam(required = false) Boolean overdue) {
        PartyParameters.requireExisting(code);
        return queries.query(new FindPartyCommitmentsQuery(code, status, overdue, ArrangementVisibility.listsLimitedTo()),
                ResponseTypes.instanceOf(PartyCommitments.class)).join();
    }
}
