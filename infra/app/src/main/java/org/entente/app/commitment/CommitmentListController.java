package org.entente.app.commitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.ledger.CommitmentOrder;
import org.entente.api.ledger.CommitmentPage;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.ledger.FindCommitmentsQuery;
import org.entente.api.ledger.OwedCommitment;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Commitments across arrangements: the registry's, and what one party owes. Both lists take the same
 * filters and answer JSON or {@code text/csv}.
 */
@RestController
class CommitmentListController {

    /** What one party owes, a page of it; {@code counts} cover everything it owes (in the window, if one is given). */
    record PartyCommitmentPage(String party, List<OwedCommitment> commitments, CommitmentCounts counts, LocalDate judgedOn,
                               int page, int size, long total) {
    }

    private final QueryGateway queries;
    private final Pages pages;

    CommitmentListController(QueryGateway queries, Pages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/api/commitments")
    CommitmentPage commitments(@RequestParam(required = false) @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
                               @RequestParam(required = false) @Size(max = PartyParameters.MAX_CODE_LENGTH) String owedBy,
                               @RequestParam(required = false) CommitmentStatus status,
                               @RequestParam(required = false) CommitmentCategory category,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(required = false) LocalDate dueFrom,
                               @RequestParam(required = false) LocalDate dueTo,
                               @RequestParam(required = false) @Size(max = 200) String arrangement,
                               @RequestParam(required = false) LocalDate asOf,
                               @RequestParam(defaultValue = "dueBy") @Size(max = 40) String sort,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                               @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        return find(PartyParameters.canonicalKnown("party", party), PartyParameters.canonicalKnown("owedBy", owedBy),
                status, category, overdue, dueFrom, dueTo, arrangement, asOf, sort, page, size);
    }

    @GetMapping("/api/parties/{code}/commitments")
    PartyCommitmentPage owedBy(@PathVariable @Size(max = PartyParameters.MAX_CODE_LENGTH) String code,
                               @RequestParam(required = false) @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
                               @RequestParam(required = false) CommitmentStatus status,
                               @RequestParam(required = false) CommitmentCategory category,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(required = false) LocalDate dueFrom,
                               @RequestParam(required = false) LocalDate dueTo,
                               @RequestParam(required = false) @Size(max = 200) String arrangement,
                               @RequestParam(required = false) LocalDate asOf,
                               @RequestParam(defaultValue = "dueBy") @Size(max = 40) String sort,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                               @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        String owing = PartyParameters.canonicalExisting(code);
        CommitmentPage found = find(PartyParameters.canonicalKnown("party", party), owing, status, category, overdue,
                dueFrom, dueTo, arrangement, asOf, sort, page, size);
        return new PartyCommitmentPage(owing, found.items(), found.counts(), found.judgedOn(), page, size, found.total());
    }

    private CommitmentPage find(String party, String owedBy, CommitmentStatus status, CommitmentCategory category,
                                Boolean overdue, LocalDate dueFrom, LocalDate dueTo, String arrangement, LocalDate asOf,
                                String sort, int page, int size) {
        pages.requireSize(size);
        if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
            throw new InvalidParameter("dueTo", "must not be before dueFrom (" + dueFrom + ")");
        }
        FindCommitmentsQuery query = new FindCommitmentsQuery(party, owedBy, status, category, overdue, dueFrom, dueTo,
                arrangement, asOf, ArrangementVisibility.listsLimitedTo(), orderOf(sort), page, size);
        return queries.query(query, ResponseTypes.instanceOf(CommitmentPage.class)).join();
    }

    /** {@code dueBy}, {@code arrangement} or {@code party}, optionally followed by {@code ,asc} or {@code ,desc}. */
    static CommitmentOrder orderOf(String sort) {
        String[] parts = sort.strip().split(",", -1);
        CommitmentOrder.Key key = switch (parts[0].strip()) {
            case "dueBy" -> CommitmentOrder.Key.DUE_BY;
            case "arrangement" -> CommitmentOrder.Key.ARRANGEMENT;
            case "party" -> CommitmentOrder.Key.PARTY;
            default -> throw new InvalidParameter("sort", "must be dueBy, arrangement or party, optionally followed by ,asc or ,desc");
        };
        if (parts.length > 2) {
            throw new InvalidParameter("sort", "must be dueBy, arrangement or party, optionally followed by ,asc or ,desc");
        }
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        return switch (direction) {
            case "asc" -> new CommitmentOrder(key, false);
            case "desc" -> new CommitmentOrder(key, true);
            default -> throw new InvalidParameter("sort", "the direction must be asc or desc");
        };
    }
}
