package org.entente.app.paper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.paper.FindOutstandingAcknowledgementsQuery;
import org.entente.api.paper.PaperList;
import org.entente.api.paper.PaperView;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a party still has to acknowledge, across every arrangement. */
@RestController
@Tag(name = ApiTags.PARTIES)
class OutstandingAcknowledgementController {

    private final QueryGateway queries;
    private final ArrangementVisibility visibility;
    private final Pages pages;

    OutstandingAcknowledgementController(QueryGateway queries, ArrangementVisibility visibility, Pages pages) {
        this.queries = queries;
        this.visibility = visibility;
        this.pages = pages;
    }

    @Operation(operationId = "listOutstandingAcknowledgements", summary = "Papers a party still has to acknowledge",
            description = "Across every arrangement the signed-in user may see: the current papers addressed to the party that it has not acknowledged.")
    @GetMapping("/api/parties/{code}/outstanding-acknowledgements")
    Pages.Page<PaperView> outstanding(@PathVariable String code,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                      @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        String party = PartyParameters.canonicalExisting(code);
        pages.requireSize(size);
        PaperList outstanding = queries.query(new FindOutstandingAcknowledgementsQuery(party), ResponseTypes.instanceOf(PaperList.class))
                .join();
        return pages.of(visibility.visibleItems(outstanding.items(), PaperView::arrangementId), page, size);
    }
}
