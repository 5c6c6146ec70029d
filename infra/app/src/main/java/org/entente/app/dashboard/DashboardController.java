package org.entente.app.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.dashboard.ArrangementMilestones;
import org.entente.api.dashboard.FindArrangementMilestonesQuery;
import org.entente.api.dashboard.FindMilestonesQuery;
import org.entente.api.dashboard.FindPartyScorecardsQuery;
import org.entente.api.dashboard.MilestoneTimeline;
import org.entente.api.dashboard.PartyScorecards;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.NotFound;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.openapi.ApiTags;
import org.entente.query.dashboard.MilestoneWindow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * What the dashboard shows: the milestones of a window with what is overdue and which deadlines drift, each party's
 * scorecard, and one arrangement's timeline. A registrar sees the arrangements of its own party only, and only its
 * own party's scorecard.
 */
@RestController
@Tag(name = ApiTags.DASHBOARD)
class DashboardController {

    private static final String AS_OF = "The answer as it stood on this day: the dates then in force, the facts that had "
            + "happened by then, overdue judged on it (default: today, as recorded now)";

    private final QueryGateway queries;

    DashboardController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listMilestones", summary = "Milestones of a window, what is overdue, which deadlines drift",
            description = """
                    In date order, every milestone between `from` and `to` (both included) of the arrangements the signed-in \
                    user may see, or of those `party` is party to: commitments falling due (on the due date in force) and \
                    fulfilled, arrangements concluded, entering into force, suspended, resumed or terminated. Beside them, \
                    whatever its due date, what is overdue on the day judged (the earliest due first, at most 100, with the \
                    total) and the commitments whose deadline moved (the furthest moved first, with how often and how many days \
                    from the date first agreed, at most 100, with the total). Left out, the window is the quarter of the day \
                    judged and the next one; `from` alone runs to the end of the quarter after its own, `to` alone starts \
                    with the quarter before its own. A window ends on or after `from` and spans at most ten years. With \
                    `asOf`, everything is as it stood on that day.""")
    @GetMapping("/api/dashboard/milestones")
    MilestoneTimeline milestones(@Parameter(description = "The first day of the window") @RequestParam(required = false) LocalDate from,
                                 @Parameter(description = "The last day of the window") @RequestParam(required = false) LocalDate to,
                                 @Parameter(description = "Only arrangements this party is party to, in any case")
                                 @RequestParam(required = false) @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
                                 @Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
        String canonical = PartyParameters.canonicalKnown("party", party);
        MilestoneWindow.problemWith(from, to).ifPresent(problem -> {
            throw new InvalidParameter("to", problem);
        });
        return queries.query(new FindMilestonesQuery(from, to, canonical, asOf, ArrangementVisibility.listsLimitedTo()),
                ResponseTypes.instanceOf(MilestoneTimeline.class)).join();
    }

    @Operation(operationId = "listPartyScorecards", summary = "Each party's scorecard", description = """
            For every party the registry has arrangements with (in effect by `asOf`, if given), in code order, or for \
            `party` alone: the commitments it owes, open, in progress, fulfilled on time or late (after the due date in \
            force on the day of fulfilment), overdue and withdrawn; its points of contact in effect by liveness \
            (`VERIFIED`, `STALE`, `UNREACHABLE`, `UNTESTED`, as in the directory); and the papers addressed to it that it \
            has not acknowledged. A registrar gets its own party's card only.""")
    @GetMapping("/api/dashboard/parties")
    PartyScorecards parties(@Parameter(description = "Only this party's card, in any case")
                            @RequestParam(required = false) @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
                            @Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
        return queries.query(new FindPartyScorecardsQuery(PartyParameters.canonicalKnown("party", party), asOf,
                ArrangementVisibility.listsLimitedTo()), ResponseTypes.instanceOf(PartyScorecards.class)).join();
    }

    @Operation(operationId = "listArrangementMilestones", summary = "An arrangement's timeline", description = """
            The arrangement's milestones in date order: concluded, entered into force, later status changes, each \
            commitment's due date in force and each fulfilment. With `asOf`, as it stood on that day: the facts that \
            had happened by then, the due dates then in force, overdue judged on it; nothing before the arrangement \
            took effect.""")
    @GetMapping("/api/arrangements/{id}/milestones")
    ArrangementMilestones arrangementMilestones(@PathVariable String id,
                                                @Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
        return queries.query(new FindArrangementMilestonesQuery(id, asOf), ResponseTypes.optionalInstanceOf(ArrangementMilestones.class))
                .join()
                .orElseThrow(() -> new NotFound("No arrangement '" + id + "'"));
    }
}
