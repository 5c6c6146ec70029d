package org.entente.app.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.dashboard.FindMilestonesQuery;
import org.entente.api.dashboard.FindPartyScorecardsQuery;
import org.entente.api.dashboard.Milestone;
import org.entente.api.dashboard.MilestoneTimeline;
import org.entente.api.dashboard.PartyScorecard;
import org.entente.api.dashboard.PartyScorecards;
import org.entente.app.operations.HandledPositions;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.PartyParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dashboard: the milestones of a window (this quarter and the next by default), what is overdue, which
 * deadlines drift, each party's scorecard and the health of its contacts. It asks the same queries as the API,
 * with the same visibility; its sections are refreshed from {@code /dashboard/sections} when the stream tells of
 * a change.
 */
@Controller
@Hidden
class DashboardPage {

    /** How long a refresh waits for the projections to fold the change it was told of. */
    static final Duration CATCH_UP = Duration.ofSeconds(2);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** The milestones of one month, as the timeline groups them. */
    record Month(String label, List<Milestone> milestones) {
    }

    private final QueryGateway queries;
    private final HandledPositions positions;
    private final Clock clock;

    DashboardPage(QueryGateway queries, HandledPositions positions, Clock clock) {
        this.queries = queries;
        this.positions = positions;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String party, @RequestParam(required = false) LocalDate from,
                     @RequestParam(required = false) LocalDate to, @RequestParam(required = false) LocalDate asOf,
                     @RequestParam(required = false) Boolean wall, Model model) {
        fill(model, party, from, to, asOf);
        model.addAttribute("wall", Boolean.TRUE.equals(wall));
        return "dashboard";
    }

    /** @param after the global position of the change that asks for the refresh, waited for (bounded) first */
    @GetMapping("/dashboard/sections")
    String sections(@RequestParam(required = false) String party, @RequestParam(required = false) LocalDate from,
                    @RequestParam(required = false) LocalDate to, @RequestParam(required = false) LocalDate asOf,
                    @RequestParam(required = false) @Min(0) Long after, Model model) {
        if (after != null) {
            positions.awaitHandled(after, CATCH_UP);
        }
        fill(model, party, from, to, asOf);
        return "dashboard :: sections";
    }

    private void fill(Model model, String party, LocalDate from, LocalDate to, LocalDate asOf) {
        String code = PartyParameters.canonicalKnown("party", party == null || party.isBlank() ? null : party);
        LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate first = from != null ? from : quarter;
        LocalDate last = to != null ? to : quarter.plusMonths(6).minusDays(1);
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "must not be before the window's first day, " + first);
        }
        String visibleTo = ArrangementVisibility.listsLimitedTo();
        MilestoneTimeline timeline = queries.query(new FindMilestonesQuery(first, last, code, asOf, visibleTo),
                ResponseTypes.instanceOf(MilestoneTimeline.class)).join();
        PartyScorecards scorecards = queries.query(new FindPartyScorecardsQuery(code, asOf, visibleTo),
                ResponseTypes.instanceOf(PartyScorecards.class)).join();

        TreeSet<String> parties = new TreeSet<>();
        scorecards.parties().stream().map(PartyScorecard::party).forEach(parties::add);
        if (code != null) {
            parties.add(code);
        }
        model.addAttribute("timeline", timeline);
        model.addAttribute("months", months(timeline.milestones()));
        model.addAttribute("scorecards", scorecards);
        model.addAttribute("parties", parties);
        model.addAttribute("party", code);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("asOf", asOf);
        model.addAttribute("sectionsUrl", sectionsUrl(code, from, to, asOf));
    }

    private static List<Month> months(List<Milestone> milestones) {
        Map<YearMonth, List<Milestone>> byMonth = new LinkedHashMap<>();
        milestones.forEach(m -> byMonth.computeIfAbsent(YearMonth.from(m.on()), month -> new ArrayList<>()).add(m));
        return byMonth.entrySet().stream().map(e -> new Month(e.getKey().format(MONTH), e.getValue())).toList();
    }

    /** Where the page's script fetches its sections from: the same filters as the page, as they were asked. */
    private static String sectionsUrl(String party, LocalDate from, LocalDate to, LocalDate asOf) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/dashboard/sections");
        if (party != null) {
            url.queryParam("party", party);
        }
        if (from != null) {
            url.queryParam("from", from);
        }
        if (to != null) {
            url.queryParam("to", to);
        }
        if (asOf != null) {
            url.queryParam("asOf", asOf);
        }
        return url.toUriString();
    }
}
