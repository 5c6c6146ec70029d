package org.entente.app.pages.forms;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.ArrangementContact;
import org.entente.api.arrangement.ArrangementPaper;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.Instrument;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.FindCheckQuery;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentView;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.FindContactQuery;
import org.entente.app.arrangement.ArrangementViews;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.security.SignedInUser;
import org.entente.app.web.NotFound;
import org.entente.app.web.ReadYourWrites;
import org.entente.app.web.ViewNotCaughtUp;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The forms a registrar records with. Each page is a form that the page's script ({@code /js/forms.js})
 * sends to the API route named in its {@code action}, as the API's own JSON (or multipart for a paper): the
 * rules and the refusals are the API's, and each refusal is shown next to the field it names. A page is
 * opened only by a registrar of a party to the arrangement; what that party may do inside it (owe a
 * commitment, be an addressee) the arrangement decides when the form is sent.
 * <p>
 * The version a form sends in {@code If-Match} is the arrangement's as stored: the view is read once it has
 * folded every stored event, so a form opened right after a write does not start out stale.
 */
@Controller
class FormPages {

    /** How many channel rows a contact form offers; rows left empty are not sent. */
    static final int CHANNEL_ROWS = 3;

    private final QueryGateway queries;
    private final ArrangementViews arrangements;
    private final ReadYourWrites readYourWrites;
    private final EventStore events;
    private final ArrangementVisibility visibility;
    private final Clock clock;

    FormPages(QueryGateway queries, ReadYourWrites readYourWrites, EventStore events, ArrangementVisibility visibility, Clock clock) {
        this.queries = queries;
        this.arrangements = new ArrangementViews(queries, readYourWrites);
        this.readYourWrites = readYourWrites;
        this.events = events;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GetMapping("/arrangements/new")
    String newArrangement(Model model) {
        String party = registrarParty();
        model.addAttribute("party", party);
        model.addAttribute("instruments", Instrument.values());
        model.addAttribute("statuses", List.of(ArrangementStatus.IN_FORCE, ArrangementStatus.NEGOTIATING));
        common(model, null);
        return "forms/arrangement-new";
    }

    @GetMapping("/arrangements/{id}/commitments/new")
    String newCommitment(@PathVariable String id, Model model) {
        ArrangementView arrangement = writable(id, model);
        model.addAttribute("categories", CommitmentCategory.values());
        model.addAttribute("parties", arrangement.parties());
        model.addAttribute("ownParty", List.of(model.getAttribute("party")));
        return "forms/commitment-new";
    }

    @GetMapping("/arrangements/{id}/commitments/{cid}/progress")
    String progress(@PathVariable String id, @PathVariable String cid, Model model) {
        commitmentOf(writable(id, model), cid, model);
        return "forms/commitment-progress";
    }

    @GetMapping("/arrangements/{id}/commitments/{cid}/fulfil")
    String fulfil(@PathVariable String id, @PathVariable String cid, Model model) {
        commitmentOf(writable(id, model), cid, model);
        return "forms/commitment-fulfil";
    }

    @GetMapping("/arrangements/{id}/commitments/{cid}/deadline")
    String deadline(@PathVariable String id, @PathVariable String cid, Model model) {
        commitmentOf(writable(id, model), cid, model);
        return "forms/commitment-deadline";
    }

    @GetMapping("/arrangements/{id}/contacts/new")
    String newContact(@PathVariable String id, Model model) {
        writable(id, model);
        contactChoices(model);
        model.addAttribute("details", new ContactDetails(null, null, List.of(), null, List.of()));
        return "forms/contact";
    }

    @GetMapping("/arrangements/{id}/contacts/{contactId}/edit")
    String editContact(@PathVariable String id, @PathVariable String contactId, Model model) {
        ArrangementView arrangement = writable(id, model);
        ArrangementContact listed = arrangement.contacts().stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no point of contact '" + contactId + "'"));
        requireOwn(listed.party(), "updates only its own points of contact");
        ContactHistory contact = queries.query(new FindContactQuery(id, contactId), ResponseTypes.optionalInstanceOf(ContactHistory.class))
                .join().orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no point of contact '" + contactId + "'"));
        contactChoices(model);
        model.addAttribute("contact", contact);
        model.addAttribute("details", contact.versions().isEmpty() ? null : contact.versions().get(contact.versions().size() - 1).details());
        return "forms/contact";
    }

    @GetMapping("/arrangements/{id}/papers/new")
    String newPaper(@PathVariable String id, Model model) {
        ArrangementView arrangement = writable(id, model);
        String party = (String) model.getAttribute("party");
        model.addAttribute("addressees", arrangement.parties().stream().filter(p -> !p.equals(party)).toList());
        return "forms/paper-new";
    }

    @GetMapping("/arrangements/{id}/papers/{paperId}/acknowledge")
    String acknowledge(@PathVariable String id, @PathVariable String paperId, Model model) {
        ArrangementView arrangement = writable(id, model);
        ArrangementPaper paper = arrangement.papers().stream().filter(p -> p.id().equals(paperId)).findFirst()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no paper '" + paperId + "'"));
        requireOwn(paper.addressees(), "acknowledges only papers addressed to it");
        model.addAttribute("paper", paper);
        return "forms/paper-acknowledge";
    }

    @GetMapping("/arrangements/{id}/checks/{checkId}/answer")
    String answerCheck(@PathVariable String id, @PathVariable String checkId, Model model) {
        ArrangementView arrangement = writable(id, model);
        CheckView check = storedState(checkId, "communication check",
                () -> queries.query(new FindCheckQuery(checkId), ResponseTypes.optionalInstanceOf(CheckView.class)).join(),
                CheckView::version);
        if (!check.arrangementId().equals(arrangement.id())) {
            throw new NotFound("Arrangement '" + id + "' has no communication check '" + checkId + "'");
        }
        requireOwn(check.toParty(), "answers only the checks of its own points of contact");
        model.addAttribute("check", check);
        model.addAttribute("pending", check.status() == CheckStatus.PENDING);
        // The check is an aggregate of its own: the answer is held to the check's version, not the arrangement's.
        model.addAttribute("version", check.version());
        return "forms/check-answer";
    }

    /** The arrangement, for a registrar of one of its parties; the model gets what every form of it shows. */
    private ArrangementView writable(String id, Model model) {
        String party = registrarParty();
        Optional<List<String>> parties = visibility.partiesOf(id);
        if (parties.isEmpty() || !visibility.seesViewsOf(id)) {
            throw new NotFound("No arrangement '" + id + "'");
        }
        if (!parties.get().contains(party)) {
            throw new AccessDeniedException("Only a registrar of a party to the arrangement records under it");
        }
        ArrangementView arrangement = storedState(id, "arrangement", () -> Optional.of(arrangements.current(id, null)),
                ArrangementView::version);
        model.addAttribute("party", party);
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("version", arrangement.version());
        common(model, arrangement);
        return arrangement;
    }

    private void common(Model model, ArrangementView arrangement) {
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("labels", EnumLabels.INSTANCE);
        model.addAttribute("arrangementPage", arrangement == null ? null : "/arrangements/" + arrangement.id());
    }

    /**
     * The view once it has folded every event stored for the aggregate. While a projection is rebuilt the
     * view cannot catch up, and the page shows what it has: a stale version is then refused when the form is
     * sent (412), asking to reload, rather than the page not opening at all.
     */
    private <T> T storedState(String aggregateId, String what, Supplier<Optional<T>> view, ToLongFunction<T> versionOf) {
        Long stored = events.lastSequenceNumberFor(aggregateId).map(sequence -> sequence + 1).orElse(null);
        try {
            return readYourWrites.read(aggregateId, what, stored, view, versionOf);
        } catch (ViewNotCaughtUp behind) {
            return readYourWrites.read(aggregateId, what, null, view, versionOf);
        }
    }

    private void commitmentOf(ArrangementView arrangement, String commitmentId, Model model) {
        CommitmentView commitment = arrangement.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new NotFound("Arrangement '" + arrangement.id() + "' has no commitment '" + commitmentId + "'"));
        model.addAttribute("commitment", commitment);
    }

    private void contactChoices(Model model) {
        model.addAttribute("roles", ContactRole.values());
        model.addAttribute("channelTypes", ChannelType.values());
        model.addAttribute("channelRows", CHANNEL_ROWS);
    }

    private static String registrarParty() {
        return SignedInUser.current().flatMap(SignedInUser::actingParty)
                .orElseThrow(() -> new AccessDeniedException("Only a registrar records, and only for its own party"));
    }

    private static void requireOwn(String party, String what) {
        requireOwn(List.of(party), what);
    }

    private static void requireOwn(List<String> parties, String what) {
        String own = registrarParty();
        if (!parties.contains(own)) {
            throw new AccessDeniedException("'" + own + "' " + what);
        }
    }
}
