package org.entente.app.party;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.party.FindPartyCommitmentsQuery;
import org.entente.api.party.OwedCommitment;
import org.entente.api.party.PartyCommitments;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = ApiTags.PARTIES)
class PartyController {

    /** What one party owes, a page of it; {@code counts} cover everything it owes, before the filters. */
    record CommitmentPage(String party, List<OwedCommitment> commitments, CommitmentCounts counts, int page, int size,
                          long total) {
    }

    private final QueryGateway queries;
    private final Pages pages;

    PartyController(QueryGateway queries, Pages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @Operation(operationId = "listPartyCommitments", summary = "What a party owes", description = """
            The commitments the party owes across the arrangements the signed-in user may see, by status and \
            whether overdue; `counts` cover everything it owes, before the filters.""")
    @GetMapping("/api/parties/{code}/commitments")
    CommitmentPage commitments(@PathVariable String code,
                               @RequestParam(required = false) CommitmentStatus status,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                               @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        PartyParameters.requireExisting(code);
        pages.requireSize(size);
        PartyCommitments owed = queries.query(new FindPartyCommitmentsQuery(code, status, overdue, ArrangementVisibility.listsLimitedTo()),
                ResponseTypes.instanceOf(PartyCommitments.class)).join();
        Pages.Page<OwedCommitment> selected = pages.of(owed.commitments(), page, size);
        return new CommitmentPage(owed.party(), selected.items(), owed.counts(), page, size, selected.total());
    }
}
