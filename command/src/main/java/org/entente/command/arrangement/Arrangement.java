package org.entente.command.arrangement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementStatusChanged;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.commitment.Commitment;
import org.entente.command.contact.ContactRules;
import org.entente.command.contact.PointOfContact;
import org.entente.command.paper.DoctrinePaper;
import org.entente.command.paper.ExchangePolicy;
import org.entente.command.shared.DatePolicy;
import org.entente.command.shared.ExpectedVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.entente.command.shared.ActingParty.requireActingAsOneOf;
import static org.entente.command.shared.ActingParty.requireActingFor;
import static org.entente.command.shared.AggregateVersion.applied;
import static org.entente.command.shared.AggregateVersion.version;
import static org.entente.command.shared.Parties.requireParty;

/**
 * An arrangement between parties: the consistency boundary of its commitments, points of contact and
 * doctrine papers, which are its entities. The root decides what depends on the arrangement as a whole
 * (its parties, its status, its conclusion) and asks the entity for the rest; each entity keeps its own
 * state. Every command handler answers the aggregate's version after the command (the number of events
 * in its stream), so clients can ask the read side for a view at least that new.
 * A command that asks for what is already so (the same change, sent again) is a retry: it answers the
 * current version and applies nothing, so a client that lost an answer can send the command again.
 * A client that names the version it last read ({@link Expected#VERSION}) is refused when another
 * change came first; the aggregate decides that while it holds the lock on the arrangement.
 * The revision names the shape of its snapshots: change it when the fields change, and older
 * snapshots are ignored instead of misread.
 */
@Revision("5")
public class Arrangement {

    @AggregateIdentifier
    private String arrangementId;
    private ArrangementRecorded recorded;
    private String title;
    private SourceReference source;
    private ArrangementStatus status;
    private LocalDate lastStatusChangeOn;
    private String lastStatusChangeReason;
    private ArrangementAmended lastAmendment;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Commitment> commitments = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, PointOfContact> contacts = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, DoctrinePaper> papers = new LinkedHashMap<>();

    protected Arrangement() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Only a party to an arrangement acts on it: whatever a command asks, a state that is not a party has
     * no say in it. A command without an acting party comes from the registry itself.
     */
    @CommandHandlerInterceptor
    Object onlyPartiesAct(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (recorded != null) {
            requireActingAsOneOf((String) command.getMetaData().get(Acting.PARTY), recorded.parties(),
                    "a party to arrangement '" + arrangementId + "'");
        }
        return chain.proceed();
    }

    /** Creates the arrangement, or answers the current version when the same recording is retried. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordArrangement command, @MetaDataValue(Acting.PARTY) String actingParty) {
        ArrangementRecorded fact = Recording.of(command);
        requireActingAsOneOf(actingParty, fact.parties(), "a party to the arrangement it records");
        if (recorded != null) {
            return retried(recorded.equals(fact), Rule.ARRANGEMENT_ALREADY_RECORDED, "Arrangement", arrangementId);
        }
        return applied(fact);
    }

    /**
     * Checks the version the client last read, before any handler decides; the lock the repository holds
     * on the arrangement for the whole command makes the comparison race-free.
     */
    @CommandHandlerInterceptor
    Object requireExpectedVersion(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ExpectedVersion.require(command.getMetaData().get(Expected.VERSION), recorded == null ? 0 : version(), "The arrangement");
        return chain.proceed();
    }

    @CommandHandler
    long handle(ChangeArrangementStatus command, Clock clock) {
        if (lastStatusChangeOn != null && command.status() == status && lastStatusChangeOn.equals(command.effectiveOn())
                && Objects.equals(lastStatusChangeReason, command.reason())) {
            return version();
        }
        StatusTransition transition = StatusTransition.between(status, command.status())
                .orElseThrow(() -> new RuleViolation(Rule.ILLEGAL_STATUS_TRANSITION, "status",
                        "Arrangement '" + arrangementId + "' is " + status + " and cannot become " + command.status()));
        LocalDate effectiveOn = dates(clock).requiredHappenedOn(command.effectiveOn(), "effectiveOn");
        DatePolicy.requireInOrder(effectiveOn, lastStatusChangeOn, "effectiveOn", "the last status change");
        return applied(transition.fact(arrangementId, effectiveOn, command.reason()));
    }

    @CommandHandler
    long handle(AmendArrangement command) {
        String newTitle = command.title() != null ? command.title() : title;
        SourceReference newSource = command.source() != null ? command.source() : source;
        if (Objects.equals(newTitle, title) && Objects.equals(newSource, source)) {
            if (lastAmendment != null && lastAmendment.equals(new ArrangementAmended(arrangementId, newTitle, newSource, command.reason()))) {
                return version();
            }
            throw new RuleViolation(Rule.NOTHING_TO_AMEND, "The amendment leaves title and source as they are");
        }
        return applied(new ArrangementAmended(arrangementId, newTitle, newSource, command.reason()));
    }

    /** Adds a commitment, or answers the current version when the same addition is retried. */
    @CommandHandler
    long handle(AddCommitment command, Clock clock) {
        List<String> owedBy = Commitment.obligors(command.owedBy(), recorded.parties(), arrangementId);
        CommitmentAdded fact = new CommitmentAdded(arrangementId, command.commitmentId(), command.text(), command.category(),
                owedBy, command.dueBy(), command.agreedOn());
        Commitment existing = commitments.get(command.commitmentId());
        if (existing != null) {
            return retried(existing.isRetryOf(fact), Rule.COMMITMENT_ALREADY_ADDED, "Commitment", command.commitmentId());
        }
        requireNotTerminated("no new commitments");
        DatePolicy dates = dates(clock);
        dates.deadline(command.dueBy(), "dueBy");
        dates.optionalHappenedOn(command.agreedOn(), "agreedOn");
        return applied(fact);
    }

    @CommandHandler
    long handle(RecordCommitmentProgress command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        Commitment commitment = commitment(command.commitmentId());
        requireActingAsOneOf(actingParty, commitment.owedBy(), "owing commitment '" + command.commitmentId() + "'");
        if (commitment.isRetryOfProgress(command.note(), command.effectiveOn())) {
            return version();
        }
        commitment.requireOpen();
        requireNotTerminated("no progress");
        return applied(commitment.progress(command.note(), dates(clock).happenedOn(command.effectiveOn(), "effectiveOn")));
    }

    @CommandHandler
    long handle(FulfilCommitment command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        Commitment commitment = commitment(command.commitmentId());
        requireActingAsOneOf(actingParty, commitment.owedBy(), "owing commitment '" + command.commitmentId() + "'");
        if (commitment.isRetryOfFulfilment(command.fulfilledOn(), command.evidence())) {
            return version();
        }
        commitment.requireOpen();
        LocalDate fulfilledOn = dates(clock).requiredHappenedOn(command.fulfilledOn(), "fulfilledOn");
        if (isTerminatedBefore(fulfilledOn)) {
            throw new RuleViolation(Rule.ARRANGEMENT_TERMINATED, "fulfilledOn",
                    "The arrangement was terminated on " + terminatedOn() + "; a fulfilment on " + fulfilledOn + " cannot count");
        }
        return applied(commitment.fulfilment(fulfilledOn, command.evidence()));
    }

    @CommandHandler
    long handle(WithdrawCommitment command, Clock clock) {
        Commitment commitment = commitment(command.commitmentId());
        if (commitment.isRetryOfWithdrawal(command.reason(), command.effectiveOn())) {
            return version();
        }
        commitment.requireOpen();
        return applied(commitment.withdrawal(command.reason(), dates(clock).happenedOn(command.effectiveOn(), "effectiveOn")));
    }

    @CommandHandler
    long handle(MoveCommitmentDeadline command, Clock clock) {
        Commitment commitment = commitment(command.commitmentId());
        if (commitment.isRetryOfDeadlineMove(command.dueBy(), command.reason(), command.effectiveOn())) {
            return version();
        }
        commitment.requireOpen();
        requireNotTerminated("no deadline changes");
        DatePolicy dates = dates(clock);
        LocalDate dueBy = dates.deadline(command.dueBy(), "dueBy");
        return applied(commitment.deadlineMove(dueBy, command.reason(), dates.happenedOn(command.effectiveOn(), "effectiveOn")));
    }

    /** Designates a contact, or answers the current version when the same designation is retried. */
    @CommandHandler
    long handle(DesignatePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.party());
        PointOfContact existing = contacts.get(command.contactId());
        if (existing != null) {
            return retried(existing.isRetryOf(command), Rule.CONTACT_ALREADY_DESIGNATED, "Point of contact", command.contactId());
        }
        requireNotTerminated("no new points of contact");
        requireParty(command.party(), recorded.parties(), arrangementId, Rule.CONTACT_PARTY_NOT_A_PARTY, "party");
        // What is wrong with the request itself is reported before what conflicts with the registry.
        ContactRules.requireReachable(command.details());
        contacts.values().stream().filter(c -> c.holds(command.party(), command.role())).findFirst().ifPresent(active -> {
            throw new RuleViolation(Rule.CONTACT_ROLE_TAKEN, "role", "'" + command.party() + "' already has point of contact '"
                    + active.id() + "' as " + command.role() + "; update or retire that one");
        });
        return applied(PointOfContact.designation(command, dates(clock).happenedOn(command.effectiveOn(), "effectiveOn")));
    }

    @CommandHandler
    long handle(UpdatePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        PointOfContact contact = activeContact(command.contactId());
        requireActingFor(actingParty, contact.party());
        if (contact.isRetryOf(command)) {
            return version();
        }
        return applied(contact.update(command, dates(clock)));
    }

    @CommandHandler
    long handle(RetirePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        PointOfContact contact = entity(contacts, command.contactId(), Rule.UNKNOWN_CONTACT, "point of contact");
        requireActingFor(actingParty, contact.party());
        if (contact.isRetryOfRetirement(command.reason(), command.effectiveOn())) {
            return version();
        }
        contact.requireActive();
        return applied(contact.retirement(command.reason(), command.effectiveOn(), dates(clock)));
    }

    /** Registers a paper, or answers the current version when the same submission is retried. */
    @CommandHandler
    long handle(SubmitDoctrinePaper command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.fromParty());
        DoctrinePaper existing = papers.get(command.paperId());
        DatePolicy dates = dates(clock);
        DoctrinePaperSubmitted fact = DoctrinePaper.submission(command, recorded.parties(), existing, dates.today());
        if (existing != null) {
            return retried(existing.isRetryOf(fact), Rule.PAPER_ALREADY_SUBMITTED, "Paper", command.paperId());
        }
        requireNotTerminated("no new papers");
        dates.happenedOn(fact.submittedOn(), "submittedOn");
        return applied(fact);
    }

    @CommandHandler
    long handle(AcknowledgeDoctrinePaperReceipt command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.party());
        DoctrinePaper paper = paper(command.paperId());
        if (paper.isRetryOfAcknowledgement(command.party(), command.receivedOn())) {
            return version();
        }
        DoctrinePaperReceiptAcknowledged acknowledgement = paper.acknowledgement(command.party(), command.receivedOn(), dates(clock));
        apply(acknowledgement);
        // The exchange policy: this acknowledgement may complete a doctrine exchange, which is then fulfilled,
        // unless it completes it after the arrangement ended, when no fulfilment counts any more.
        commitments.values().forEach(c -> ExchangePolicy.fulfilment(c, papers.values())
                .filter(fulfilment -> !isTerminatedBefore(fulfilment.fulfilledOn()))
                .ifPresent(AggregateLifecycle::apply));
        return version();
    }

    @CommandHandler
    long handle(SupersedeDoctrinePaper command, @MetaDataValue(Acting.PARTY) String actingParty) {
        DoctrinePaper paper = paper(command.paperId());
        requireActingFor(actingParty, paper.fromParty());
        if (paper.isSupersededBy(command.byPaperId())) {
            return version();
        }
        return applied(paper.supersessionBy(papers.get(command.byPaperId()), command.byPaperId()));
    }

    /**
     * Whether {@code fromParty} may check the point of contact now: the contact is designated and
     * active, and the checker is another party to the arrangement. Answers the contact's party.
     */
    public String checkTarget(String contactId, String fromParty) {
        PointOfContact contact = activeContact(contactId);
        requireParty(fromParty, recorded.parties(), arrangementId, Rule.CHECK_FROM_NON_PARTY, "fromParty");
        return contact.checkedBy(fromParty);
    }

    private DatePolicy dates(Clock clock) {
        return DatePolicy.under(recorded.concludedOn(), clock);
    }

    private void requireNotTerminated(String what) {
        if (status == ArrangementStatus.TERMINATED) {
            throw new RuleViolation(Rule.ARRANGEMENT_TERMINATED, "Arrangement '" + arrangementId + "' was terminated on " + terminatedOn() + ": " + what);
        }
    }

    /** Nothing leaves TERMINATED, so the last status change is the termination. */
    private LocalDate terminatedOn() {
        return status == ArrangementStatus.TERMINATED ? lastStatusChangeOn : null;
    }

    private boolean isTerminatedBefore(LocalDate date) {
        LocalDate terminatedOn = terminatedOn();
        return terminatedOn != null && date.isAfter(terminatedOn);
    }

    private Commitment commitment(String commitmentId) {
        return entity(commitments, commitmentId, Rule.UNKNOWN_COMMITMENT, "commitment");
    }

    private PointOfContact activeContact(String contactId) {
        PointOfContact contact = entity(contacts, contactId, Rule.UNKNOWN_CONTACT, "point of contact");
        contact.requireActive();
        return contact;
    }

    private DoctrinePaper paper(String paperId) {
        return entity(papers, paperId, Rule.UNKNOWN_PAPER, "paper");
    }

    private <T> T entity(Map<String, T> entities, String id, Rule unknown, String what) {
        T entity = entities.get(id);
        if (entity == null) {
            throw new RuleViolation(unknown, "Arrangement '" + arrangementId + "' has no " + what + " '" + id + "'");
        }
        return entity;
    }

    /** A retry of the same creation answers the current version; other content under a taken id is refused. */
    private static long retried(boolean sameContent, Rule taken, String what, String id) {
        if (!sameContent) {
            throw new RuleViolation(taken, "id", what + " '" + id + "' already exists with different content");
        }
        return version();
    }

    @EventSourcingHandler
    void on(ArrangementRecorded event) {
        arrangementId = event.arrangementId();
        recorded = event;
        title = event.title();
        source = event.source();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ArrangementStatusChanged event) {
        status = event.status();
        lastStatusChangeOn = event.effectiveOn();
        lastStatusChangeReason = event.reason();
    }

    @EventSourcingHandler
    void on(ArrangementAmended event) {
        title = event.title();
        source = event.source();
        lastAmendment = event;
    }

    @EventSourcingHandler
    void on(CommitmentAdded event) {
        commitments.put(event.commitmentId(), new Commitment(event));
    }

    @EventSourcingHandler
    void on(PointOfContactDesignated event) {
        contacts.put(event.contactId(), new PointOfContact(event));
    }

    @EventSourcingHandler
    void on(DoctrinePaperSubmitted event) {
        papers.put(event.paperId(), new DoctrinePaper(event));
    }
}
