package org.entente.app.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springdoc.core.annotations.ParameterObject;
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

    /** The filters both lists take, from the query string; left out, each matches everything. */
    record Filters(
            @Parameter(description = "Commitments of arrangements this party is party to") @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
            CommitmentStatus status,
            CommitmentCategory category,
            @Parameter(description = "Past due, neither fulfilled nor withdrawn, the arrangement neither suspended nor terminated") Boolean overdue,
            @Parameter(description = "Due on or after this day") LocalDate dueFrom,
            @Parameter(description = "Due on or before this day") LocalDate dueTo,
            @Parameter(description = "One arrangement's commitments") @Size(max = 200) String arrangement,
            @Parameter(description = "The answer as it stood on this day, overdue judged on it (default: today, as recorded now)") LocalDate asOf,
            @Parameter(description = "dueBy, arrangement or party, optionally followed by ,asc or ,desc", schema = @Schema(defaultValue = "dueBy")) @Size(max = 40) String sort,
            @Parameter(schema = @Schema(defaultValue = "0")) @Min(0) @Max(10_000) Integer page,
            @Parameter(schema = @Schema(defaultValue = Pages.DEFAULT_SIZE)) @Min(1) Integer size) {

        Filters {
            sort = sort == null ? "dueBy" : sort;
            page = page == null ? 0 : page;
            size = size == null ? Integer.parseInt(Pages.DEFAULT_SIZE) : size;
        }
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
    CommitmentPage commitments(@Parameter(description = "Commitments this party owes") @RequestParam(required = false)
                               @Size(max = PartyParameters.MAX_CODE_LENGTH) String owedBy,
                               @Valid @ParameterObject Filters filters) {
        return find(filters, PartyParameters.canonicalKnown("owedBy", owedBy));
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
                               @Valid @ParameterObject Filters filters) {
        String owing = PartyParameters.canonicalExisting(code);
        CommitmentPage found = find(filters, owing);
        return new PartyCommitmentPage(owing, found.items(), found.counts(), found.judgedOn(), found.page(), found.size(),
                found.total());
    }

    private CommitmentPage find(Filters filters, String owedBy) {
        pages.requireSize(filters.size());
        if (filters.dueFrom() != null && filters.dueTo() != null && filters.dueTo().isBefore(filters.dueFrom())) {
            throw new InvalidParameter("dueTo", "must not be before dueFrom (" + filters.dueFrom() + ")");
        }
        FindCommitmentsQuery query = new FindCommitmentsQuery(PartyParameters.canonicalKnown("party", filters.party()), owedBy,
                filters.status(), filters.category(), filters.overdue(), filters.dueFrom(), filters.dueTo(), filters.arrangement(),
                filters.asOf(), ArrangementVisibility.listsLimitedTo(), orderOf(filters.sort()), filters.page(), filters.size());
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
