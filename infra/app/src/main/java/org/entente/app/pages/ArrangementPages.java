package org.entente.app.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.check.CheckList;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.FindChecksQuery;
import org.entente.api.contact.ContactDirectory;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.dashboard.ArrangementMilestones;
import org.entente.api.dashboard.FindArrangementMilestonesQuery;
import org.entente.api.paper.FindPapersQuery;
import org.entente.api.paper.PaperList;
import org.entente.api.paper.PaperView;
import org.entente.app.arrangement.ArrangementViews;
import org.entente.app.operations.HandledPositions;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.NotFound;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.ReadYourWrites;
import org.entente.app.web.ViewNotCaughtUp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The arrangements: a list with search, and one arrangement's page with its status history, commitments,
 * contacts with their liveness, papers with their acknowledgements, and its milestones. Reads are the API's
 * queries with the API's visibility (an arrangement a registrar may not know of answers the same 404 page as one
 * that does not exist, {@code ArrangementScope}). Links to the forms show only to whoever may act.
 */
@Controller
@Hidden
class ArrangementPages {

    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final ArrangementViews arrangements;
    private final EventStore events;
    private final HandledPositions positions;

    ArrangementPages(QueryGateway queries, ReadYourWrites readYourWrites, EventStore events, HandledPositions positions) {
        this.queries = queries;
        this.arrangements = new ArrangementViews(queries, readYourWrites);
        this.events = events;
        this.positions = positions;
    }

    @GetMapping("/arrangements")
    String list(@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) String party,
                @RequestParam(required = false) ArrangementStatus status,
                @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
        String code = PartyParameters.canonicalKnown("party", party == null || party.isBlank() ? null : party);
        String text = q == null || q.isBlank() ? null : q;
        ArrangementPage found = queries.query(new ListArrangementsQuery(code, status, text, ArrangementVisibility.listsLimitedTo(),
                page, PAGE_SIZE), ResponseTypes.instanceOf(ArrangementPage.class)).join();
        model.addAttribute("found", found);
        model.addAttribute("q", text);
        model.addAttribute("party", code);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArrangementStatus.values());
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "arrangements";
    }

    @GetMapping("/arrangements/{id}")
    String arrangement(@PathVariable String id, Model model) {
        fill(model, id);
        return "arrangement";
    }

    /** @param after the global position of the change that asks for the refresh, waited for (bounded) first */
    @GetMapping("/arrangements/{id}/sections")
    String sections(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after, Model model) {
        if (after != null) {
            positions.awaitHandled(after, DashboardPage.CATCH_UP);
        }
        fill(model, id);
        return "arrangement :: sections";
    }

    private void fill(Model model, String id) {
        ArrangementView view = current(id);
        PaperList papers = queries.query(new FindPapersQuery(id), ResponseTypes.instanceOf(PaperList.class)).join();
        ContactDirectory contacts = queries.query(new FindContactsQuery(null, null, id, null, null),
                ResponseTypes.instanceOf(ContactDirectory.class)).join();
        ArrangementMilestones milestones = queries.query(new FindArrangementMilestonesQuery(id, null),
                ResponseTypes.instanceOf(ArrangementMilestones.class)).join();
        PageUser user = PageUser.current().orElseThrow();
        boolean acts = user.actsFor(view.parties());
        model.addAttribute("view", view);
        model.addAttribute("papers", papers.items().stream().collect(Collectors.toMap(PaperView::id, Function.identity(),
                (a, b) -> a)));
        model.addAttribute("contacts", contacts.items());
        model.addAttribute("milestones", milestones.milestones());
        model.addAttribute("acts", acts);
        model.addAttribute("party", user.party());
        model.addAttribute("readsRecords", user.readsRecordsOf(view.parties()));
        model.addAttribute("checksToAnswer", acts ? checksToAnswer(id, user.party()) : List.of());
    }

    /**
     * The view with every event stored for the arrangement, waiting (bounded) for the projection: a form that
     * wrote and came back here shows its write. While the view is rebuilt, or slower than the wait, the stored one.
     */
    private ArrangementView current(String id) {
        long version = events.lastSequenceNumberFor(id).map(last -> last + 1)
                .orElseThrow(() -> new NotFound("No arrangement '" + id + "'"));
        try {
            return arrangements.current(id, version);
        } catch (ViewNotCaughtUp slow) {
            return arrangements.current(id, null);
        }
    }

    /** The pending checks of this arrangement's contacts that the registrar's party is to answer. */
    private List<CheckView> checksToAnswer(String id, String party) {
        return queries.query(new FindChecksQuery(party, CheckStatus.PENDING), ResponseTypes.instanceOf(CheckList.class)).join()
                .items().stream().filter(check -> id.equals(check.arrangementId()) && party.equals(check.toParty())).toList();
    }
}
