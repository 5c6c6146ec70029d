package org.entente.app.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.entente.app.web.openapi.ApiTags;
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

    private static final String FILTERS = """
            Filters: `party` (commitments of arrangements it is party to), `owedBy`, `status`, `category`, `overdue` \
            (past due, neither fulfilled nor withdrawn, in an arrangement neither suspended nor terminated), a due \
            window `dueFrom`/`dueTo` (both days included; undated commitments are in no window), `arrangement`, and \
            `asOf`: the answer as it stood on that day, by the effective-date rules of an arrangement's as-of view, \
            overdue judged on that day (a later day asks what will be late by then). `sort` is `dueBy` (undated \
            last), `arrangement` (its title) or `party` (the first owing), each optionally `,asc` or `,desc`. \
            Party codes in any case. `counts` cover the selection within the window before the filters on status, \
            category and overdue. With `Accept: text/csv` the page is a spreadsheet.""";

    /** What one party owes, a page of it; {@code counts} cover everything it owes (in the window, if one is given). */
    @Schema(name = "PartyCommitmentPage")
    record PartyCommitmentPage(String party, List<OwedCommitment> commitments, CommitmentCounts counts, LocalDate judgedOn,
                               int page, int size, long total) {
    }

    private final QueryGateway queries;
    private final Pages pages;

    CommitmentListController(QueryGateway queries, Pages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @Tag(name = ApiTags.COMMITMENTS)
    @Operation(operationId = "listCommitments", summary = "Commitments across the registry",
            description = "A page of the commitments of the arrangements the signed-in user may see, each with its "
                    + "arrangement's title and status. " + FILTERS)
    @ApiResponse(responseCode = "200", description = "A page of commitments", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CommitmentPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
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

    @Tag(name = ApiTags.PARTIES)
    @Operation(operationId = "listPartyCommitments", summary = "What a party owes",
            description = "The commitments the party in the path owes, across the arrangements the signed-in user may "
                    + "see. " + FILTERS)
    @ApiResponse(responseCode = "200", description = "A page of what the party owes", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = PartyCommitmentPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
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
