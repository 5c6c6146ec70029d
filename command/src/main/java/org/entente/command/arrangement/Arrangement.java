package org.entente.command.arrangement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.party.PartyCodes;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An arrangement between parties and the commitments inside it. The arrangement is the consistency
 * boundary: whether a commitment may change depends on the arrangement's status and parties.
 * Every command handler answers the aggregate's version after the command (the number of events in
 * its stream), so clients can ask the read side for a view at least that new.
 * The revision names the shape of its snapshots: change it when the fields change, and older
 * snapshots are ignored instead of misread.
 */
@Revision("2")
public class Arrangement {

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");

    @AggregateIdentifier
    private String arrangementId;
    private ArrangementRecorded recorded;
    private String title;
    private SourceReference source;
    private Set<String> parties;
    private ArrangementStatus status;
    private LocalDate lastStatusChangeOn;
    private LocalDate terminatedOn;
    private final Map<String, Commitment> commitments = new HashMap<>();
    private final Map<String, PointOfContact> contacts = new HashMap<>();
    private final Map<String, CommunicationCheck> checks = new HashMap<>();
    private final Map<String, DoctrinePaper> papers = new LinkedHashMap<>();

    protected Arrangement() {
        // required by Axon to rebuild the aggregate from its events
    }

    // ---------------------------------------------------------------- arrangement

    /** Creates the arrangement, or answers the current version when the same recording is retried. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordArrangement command) {
        ArrangementRecorded fact = recordingOf(command);
        if (isRecorded()) {
            if (recorded.equals(fact)) {
                return version();
            }
            throw new RuleViolation(Rule.ARRANGEMENT_ALREADY_RECORDED, "id",
                    "Arrangement '" + command.arrangementId() + "' already exists with different content");
        }
        apply(fact);
        return version();
    }

    @CommandHandler
    long handle(ChangeArrangementStatus command, Clock clock) {
        StatusTransition transition = StatusTransition.between(status, command.status())
                .orElseThrow(() -> new RuleViolation(Rule.ILLEGAL_STATUS_TRANSITION, "status",
                        "Arrangement '" + arrangementId + "' is " + status + " and cannot become " + command.status()));
        LocalDate effectiveOn = requireDate(command.effectiveOn(), "effectiveOn");
        requireNotBeforeConclusion(effectiveOn, "effectiveOn");
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        if (precedesLastStatusChange(effectiveOn)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn",
                    "The change would take effect on " + effectiveOn + ", before the last one (" + lastStatusChangeOn + ")");
        }
        String reason = command.reason();
        switch (transition) {
            case ENTER_INTO_FORCE -> apply(new ArrangementEnteredIntoForce(arrangementId, effectiveOn, reason));
            case SUSPEND -> apply(new ArrangementSuspended(arrangementId, effectiveOn, reason));
            case RESUME -> apply(new ArrangementResumed(arrangementId, effectiveOn, reason));
            case TERMINATE -> apply(new ArrangementTerminated(arrangementId, effectiveOn, reason));
        }
        return version();
    }

    @CommandHandler
    long handle(AmendArrangement command) {
        String newTitle = command.title() != null ? command.title() : title;
        SourceReference newSource = command.source() != null ? command.source() : source;
        if (Objects.equals(newTitle, title) && Objects.equals(newSource, source)) {
            throw new RuleViolation(Rule.NOTHING_TO_AMEND, "The amendment leaves title and source as they are");
        }
        apply(new ArrangementAmended(arrangementId, newTitle, newSource, command.reason()));
        return version();
    }

    // ---------------------------------------------------------------- commitments

    /** Adds a commitment, or answers the current version when the same addition is retried. */
    @CommandHandler
    long handle(AddCommitment command, Clock clock) {
        List<String> owedBy = command.owedBy() == null ? List.of() : command.owedBy();
        requireObligorsArePartiesOnce(owedBy);
        CommitmentAdded fact = new CommitmentAdded(arrangementId, command.commitmentId(), command.text(),
                command.category(), List.copyOf(owedBy), command.dueBy(), command.agreedOn());
        Commitment existing = commitments.get(command.commitmentId());
        if (existing != null) {
            if (existing.added.equals(fact)) {
                return version();
            }
            throw new RuleViolation(Rule.COMMITMENT_ALREADY_ADDED, "id",
                    "Commitment '" + command.commitmentId() + "' already exists with different content");
        }
        requireNotTerminated("no new commitments");
        requireNotBeforeConclusion(command.dueBy(), "dueBy");
        requireNotBeforeConclusion(command.agreedOn(), "agreedOn");
        requireNotInFuture(command.agreedOn(), clock, "agreedOn");
        apply(fact);
        return version();
    }

    @CommandHandler
    long handle(RecordCommitmentProgress command, Clock clock) {
        openCommitment(command.commitmentId());
        requireNotTerminated("no progress");
        LocalDate effectiveOn = command.effectiveOn() != null ? command.effectiveOn() : LocalDate.now(clock);
        requireNotBeforeConclusion(effectiveOn, "effectiveOn");
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        apply(new CommitmentProgressRecorded(arrangementId, command.commitmentId(), command.note(), effectiveOn));
        return version();
    }

    @CommandHandler
    long handle(FulfilCommitment command, Clock clock) {
        openCommitment(command.commitmentId());
        LocalDate fulfilledOn = requireDate(command.fulfilledOn(), "fulfilledOn");
        requireNotBeforeConclusion(fulfilledOn, "fulfilledOn");
        requireNotInFuture(fulfilledOn, clock, "fulfilledOn");
        if (isTerminatedBefore(fulfilledOn)) {
            throw new RuleViolation(Rule.ARRANGEMENT_TERMINATED, "fulfilledOn",
                    "The arrangement was terminated on " + terminatedOn + "; a fulfilment on " + fulfilledOn + " cannot count");
        }
        apply(new CommitmentFulfilled(arrangementId, command.commitmentId(), fulfilledOn, command.evidence()));
        return version();
    }

    @CommandHandler
    long handle(WithdrawCommitment command, Clock clock) {
        openCommitment(command.commitmentId());
        LocalDate effectiveOn = command.effectiveOn() != null ? command.effectiveOn() : LocalDate.now(clock);
        requireNotBeforeConclusion(effectiveOn, "effectiveOn");
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        apply(new CommitmentWithdrawn(arrangementId, command.commitmentId(), command.reason(), effectiveOn));
        return version();
    }

    @CommandHandler
    long handle(MoveCommitmentDeadline command, Clock clock) {
        Commitment commitment = openCommitment(command.commitmentId());
        requireNotTerminated("no deadline changes");
        if (Objects.equals(commitment.dueBy, command.dueBy())) {
            throw new RuleViolation(Rule.DEADLINE_UNCHANGED, "dueBy",
                    "Commitment '" + command.commitmentId() + "' is already due by " + command.dueBy());
        }
        requireNotBeforeConclusion(command.dueBy(), "dueBy");
        LocalDate effectiveOn = command.effectiveOn() != null ? command.effectiveOn() : LocalDate.now(clock);
        requireNotBeforeConclusion(effectiveOn, "effectiveOn");
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        if (commitment.termsChangedAfter(effectiveOn)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn", "The new deadline would take effect on "
                    + effectiveOn + ", before the commitment's terms last changed (" + commitment.termsChangedOn + ")");
        }
        apply(new CommitmentDeadlineMoved(arrangementId, command.commitmentId(), commitment.dueBy, command.dueBy(),
                command.reason(), effectiveOn));
        return version();
    }


    // ---------------------------------------------------------------- points of contact

    /** Designates a contact, or answers the current version when the same designation is retried. */
    @CommandHandler
    long handle(DesignatePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.party());
        PointOfContact existing = contacts.get(command.contactId());
        if (existing != null) {
            if (isRetryOf(existing.designated, command)) {
                return version();
            }
            throw new RuleViolation(Rule.CONTACT_ALREADY_DESIGNATED, "id",
                    "Point of contact '" + command.contactId() + "' already exists with different content");
        }
        requireNotTerminated("no new points of contact");
        if (command.party() == null || !parties.contains(command.party())) {
            throw new RuleViolation(Rule.CONTACT_PARTY_NOT_A_PARTY, "party",
                    "'" + command.party() + "' is not a party to arrangement '" + arrangementId + "'");
        }
        // What is wrong with the request itself is reported before what conflicts with the registry.
        ContactRules.requireReachable(command.details());
        activeContactFor(command.party(), command.role()).ifPresent(active -> {
            throw new RuleViolation(Rule.CONTACT_ROLE_TAKEN, "role", "'" + command.party() + "' already has point of contact '"
                    + active.designated.contactId() + "' as " + command.role() + "; update or retire that one");
        });
        LocalDate effectiveOn = command.effectiveOn() != null ? command.effectiveOn() : LocalDate.now(clock);
        requireNotBeforeConclusion(effectiveOn, "effectiveOn");
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        apply(new PointOfContactDesignated(arrangementId, command.contactId(), command.party(), command.role(),
                command.details(), effectiveOn));
        return version();
    }

    @CommandHandler
    long handle(UpdatePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        PointOfContact contact = activeContact(command.contactId());
        requireActingFor(actingParty, contact.designated.party());
        ContactDetails before = contact.details;
        ContactDetails after = new ContactDetails(
                command.office() != null ? command.office() : before.office(),
                command.person() != null ? command.person() : before.person(),
                command.channels() != null ? command.channels() : before.channels(),
                command.availability() != null ? command.availability() : before.availability(),
                command.languages() != null ? command.languages() : before.languages());
        List<String> changed = ContactRules.changedFields(before, after);
        if (changed.isEmpty()) {
            throw new RuleViolation(Rule.NOTHING_TO_UPDATE, "The update leaves every detail of '" + command.contactId() + "' as it is");
        }
        ContactRules.requireReachable(after);
        LocalDate effectiveOn = command.effectiveOn() != null ? command.effectiveOn() : LocalDate.now(clock);
        requireNotBeforeLastContactChange(contact, effectiveOn);
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        apply(new PointOfContactUpdated(arrangementId, command.contactId(), changed, before, after, effectiveOn));
        return version();
    }

    @CommandHandler
    long handle(RetirePointOfContact command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        PointOfContact contact = activeContact(command.contactId());
        requireActingFor(actingParty, contact.designated.party());
        LocalDate effectiveOn = requireDate(command.effectiveOn(), "effectiveOn");
        requireNotBeforeLastContactChange(contact, effectiveOn);
        requireNotInFuture(effectiveOn, clock, "effectiveOn");
        apply(new PointOfContactRetired(arrangementId, command.contactId(), command.reason(), effectiveOn));
        return version();
    }

    // ---------------------------------------------------------------- communication checks

    @CommandHandler
    long handle(InitiateCommunicationCheck command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.fromParty());
        if (checks.containsKey(command.checkId())) {
            throw new RuleViolation(Rule.CHECK_ALREADY_INITIATED, "Check '" + command.checkId() + "' already exists");
        }
        PointOfContact contact = activeContact(command.contactId());
        if (command.fromParty() == null || !parties.contains(command.fromParty())) {
            throw new RuleViolation(Rule.CHECK_FROM_NON_PARTY, "fromParty",
                    "'" + command.fromParty() + "' is not a party to arrangement '" + arrangementId + "'");
        }
        if (command.fromParty().equals(contact.designated.party())) {
            throw new RuleViolation(Rule.CHECK_OF_OWN_CONTACT, "fromParty",
                    "'" + command.fromParty() + "' cannot check its own point of contact");
        }
        // Whole seconds: people record answers to the second, and one given in the same second must count.
        Instant initiatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (command.answerBy() == null || !command.answerBy().isAfter(initiatedAt)) {
            throw new RuleViolation(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy",
                    "answerBy " + command.answerBy() + " does not lie after " + initiatedAt);
        }
        apply(new CommunicationCheckInitiated(arrangementId, command.checkId(), command.contactId(), command.fromParty(),
                contact.designated.party(), initiatedAt, command.answerBy()));
        return version();
    }

    @CommandHandler
    long handle(AnswerCommunicationCheck command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        CommunicationCheck check = pendingCheck(command.checkId());
        requireActingFor(actingParty, contacts.get(check.contactId).designated.party());
        Instant answeredAt = command.answeredAt();
        if (answeredAt == null || answeredAt.isBefore(check.initiatedAt)) {
            throw new RuleViolation(Rule.ANSWER_BEFORE_CHECK, "answeredAt",
                    "The check began at " + check.initiatedAt + "; an answer at " + answeredAt + " cannot count");
        }
        if (answeredAt.isAfter(clock.instant())) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, "answeredAt", "answeredAt " + answeredAt + " lies in the future");
        }
        if (answeredAt.isAfter(check.answerBy)) {
            throw new RuleViolation(Rule.ANSWER_TOO_LATE, "answeredAt",
                    "The check had to be answered by " + check.answerBy + "; it fails instead");
        }
        apply(new CommunicationCheckAnswered(arrangementId, command.checkId(), check.contactId, answeredAt,
                Duration.between(check.initiatedAt, answeredAt)));
        return version();
    }

    @CommandHandler
    long handle(FailCommunicationCheck command, Clock clock) {
        CommunicationCheck check = pendingCheck(command.checkId());
        if (!clock.instant().isAfter(check.answerBy)) {
            throw new RuleViolation(Rule.CHECK_NOT_DUE, "Check '" + command.checkId() + "' may be answered until " + check.answerBy);
        }
        apply(new CommunicationCheckFailed(arrangementId, command.checkId(), check.contactId, check.answerBy));
        return version();
    }

    // ---------------------------------------------------------------- doctrine papers

    /** Registers a paper, or answers the current version when the same submission is retried. */
    @CommandHandler
    long handle(SubmitDoctrinePaper command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.fromParty());
        if (command.fromParty() == null || !parties.contains(command.fromParty())) {
            throw new RuleViolation(Rule.PAPER_FROM_NON_PARTY, "fromParty",
                    "'" + command.fromParty() + "' is not a party to arrangement '" + arrangementId + "'");
        }
        List<String> addressees = command.to() != null ? command.to()
                : recorded.parties().stream().filter(p -> !p.equals(command.fromParty())).toList();
        requireAddressees(addressees, command.fromParty());
        if (command.sha256() == null || !SHA256_HEX.matcher(command.sha256()).matches()) {
            throw new RuleViolation(Rule.INVALID_DIGEST, "sha256", "'" + command.sha256() + "' is not a SHA-256 digest in hex");
        }
        DoctrinePaper existing = papers.get(command.paperId());
        LocalDate submittedOn = command.submittedOn() != null ? command.submittedOn()
                : existing != null ? existing.submitted.submittedOn() : LocalDate.now(clock);
        DoctrinePaperSubmitted fact = new DoctrinePaperSubmitted(arrangementId, command.paperId(), command.fromParty(),
                List.copyOf(addressees), command.title(), command.subject(), command.language(), command.marking(),
                command.version(), command.sha256().toLowerCase(Locale.ROOT), command.contentId(), command.contentLength(),
                submittedOn);
        if (existing != null) {
            if (isSameSubmission(existing.submitted, fact)) {
                return version();
            }
            throw new RuleViolation(Rule.PAPER_ALREADY_SUBMITTED, "id", "Paper '" + command.paperId() + "' already exists with different content");
        }
        requireNotTerminated("no new papers");
        requireNotBeforeConclusion(submittedOn, "submittedOn");
        requireNotInFuture(submittedOn, clock, "submittedOn");
        apply(fact);
        return version();
    }

    @CommandHandler
    long handle(AcknowledgeDoctrinePaperReceipt command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, command.party());
        DoctrinePaper paper = paper(command.paperId());
        if (command.party() == null || !paper.submitted.addressees().contains(command.party())) {
            throw new RuleViolation(Rule.NOT_AN_ADDRESSEE, "party",
                    "'" + command.party() + "' is not an addressee of paper '" + command.paperId() + "'");
        }
        if (paper.acknowledgements.containsKey(command.party())) {
            throw new RuleViolation(Rule.RECEIPT_ALREADY_ACKNOWLEDGED, "party", "'" + command.party()
                    + "' acknowledged paper '" + command.paperId() + "' on " + paper.acknowledgements.get(command.party()));
        }
        LocalDate receivedOn = requireDate(command.receivedOn(), "receivedOn");
        if (receivedOn.isBefore(paper.submitted.submittedOn())) {
            throw new RuleViolation(Rule.DATE_BEFORE_CONCLUSION, "receivedOn",
                    "receivedOn " + receivedOn + " lies before the paper was submitted (" + paper.submitted.submittedOn() + ")");
        }
        requireNotInFuture(receivedOn, clock, "receivedOn");
        apply(new DoctrinePaperReceiptAcknowledged(arrangementId, command.paperId(), command.party(), receivedOn));
        applyExchangePolicy();
        return version();
    }

    @CommandHandler
    long handle(SupersedeDoctrinePaper command, @MetaDataValue(Acting.PARTY) String actingParty) {
        DoctrinePaper paper = paper(command.paperId());
        requireActingFor(actingParty, paper.submitted.fromParty());
        if (paper.supersededBy != null) {
            throw new RuleViolation(Rule.PAPER_ALREADY_SUPERSEDED, "Paper '" + command.paperId() + "' is superseded by '" + paper.supersededBy + "'");
        }
        DoctrinePaper newer = papers.get(command.byPaperId());
        if (!isValidSuccessor(paper, newer)) {
            throw new RuleViolation(Rule.INVALID_SUPERSESSION, "byPaperId", "'" + command.byPaperId()
                    + "' is not another paper of " + paper.submitted.fromParty() + " under this arrangement");
        }
        apply(new DoctrinePaperSuperseded(arrangementId, command.paperId(), command.byPaperId()));
        return version();
    }

    /** The exchange policy: an acknowledgement may complete a doctrine exchange, which then is fulfilled. */
    private void applyExchangePolicy() {
        for (Map.Entry<String, Commitment> entry : commitments.entrySet()) {
            ExchangePolicy.fulfilment(entry.getValue(), papers.values()).ifPresent(fulfilment ->
                    apply(new CommitmentFulfilledByExchange(arrangementId, entry.getKey(), fulfilment.on(), fulfilment.paperIds())));
        }
    }

    // ---------------------------------------------------------------- rules

    private static ArrangementRecorded recordingOf(RecordArrangement command) {
        ArrangementStatus initial = command.status() != null ? command.status() : ArrangementStatus.IN_FORCE;
        if (!isValidInitialStatus(initial)) {
            throw new RuleViolation(Rule.INVALID_INITIAL_STATUS, "status",
                    "An arrangement is recorded as NEGOTIATING or IN_FORCE, not " + initial);
        }
        List<String> parties = command.parties() == null ? List.of() : command.parties();
        requireKnownDistinctParties(parties, "parties");
        if (parties.size() < 2) {
            throw new RuleViolation(Rule.TOO_FEW_PARTIES, "parties",
                    "An arrangement needs at least two parties; got " + parties.size());
        }
        ArrangementKind kind = parties.size() == 2 ? ArrangementKind.BILATERAL : ArrangementKind.MULTILATERAL;
        return new ArrangementRecorded(command.arrangementId(), command.title(), command.instrument(), kind,
                List.copyOf(parties), initial, command.concludedOn(), command.source());
    }

    private static boolean isValidInitialStatus(ArrangementStatus status) {
        return status == ArrangementStatus.NEGOTIATING || status == ArrangementStatus.IN_FORCE;
    }

    private static void requireKnownDistinctParties(List<String> codes, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!PartyCodes.isKnown(code)) {
                throw new RuleViolation(Rule.UNKNOWN_PARTY_CODE, field + "[" + i + "]",
                        "'" + code + "' is neither an ISO 3166-1 alpha-3 code nor a registered organisation code (upper case)");
            }
            if (!seen.add(code)) {
                throw new RuleViolation(Rule.DUPLICATE_PARTY, field + "[" + i + "]", "'" + code + "' is listed twice");
            }
        }
    }

    private void requireObligorsArePartiesOnce(List<String> owedBy) {
        if (owedBy.isEmpty()) {
            throw new RuleViolation(Rule.NO_OBLIGOR, "owedBy", "A commitment must be owed by at least one party");
        }
        requireKnownDistinctParties(owedBy, "owedBy");
        for (int i = 0; i < owedBy.size(); i++) {
            if (!parties.contains(owedBy.get(i))) {
                throw new RuleViolation(Rule.OBLIGOR_NOT_A_PARTY, "owedBy[" + i + "]",
                        "'" + owedBy.get(i) + "' is not a party to arrangement '" + arrangementId + "'");
            }
        }
    }

    private Commitment openCommitment(String commitmentId) {
        Commitment commitment = commitments.get(commitmentId);
        if (commitment == null) {
            throw new RuleViolation(Rule.UNKNOWN_COMMITMENT,
                    "Arrangement '" + arrangementId + "' has no commitment '" + commitmentId + "'");
        }
        if (commitment.isClosed()) {
            throw new RuleViolation(Rule.COMMITMENT_CLOSED,
                    "Commitment '" + commitmentId + "' is " + commitment.status + "; that is final");
        }
        return commitment;
    }

    private void requireNotTerminated(String what) {
        if (status == ArrangementStatus.TERMINATED) {
            throw new RuleViolation(Rule.ARRANGEMENT_TERMINATED,
                    "Arrangement '" + arrangementId + "' was terminated on " + terminatedOn + ": " + what);
        }
    }

    private static boolean isRetryOf(PointOfContactDesignated designated, DesignatePointOfContact command) {
        return designated.party().equals(command.party()) && designated.role() == command.role()
                && designated.details().equals(command.details())
                && (command.effectiveOn() == null || command.effectiveOn().equals(designated.effectiveOn()));
    }

    private Optional<PointOfContact> activeContactFor(String party, ContactRole role) {
        return contacts.values().stream().filter(c -> c.holds(party, role)).findFirst();
    }

    private PointOfContact activeContact(String contactId) {
        PointOfContact contact = contacts.get(contactId);
        if (contact == null) {
            throw new RuleViolation(Rule.UNKNOWN_CONTACT,
                    "Arrangement '" + arrangementId + "' has no point of contact '" + contactId + "'");
        }
        if (contact.retired) {
            throw new RuleViolation(Rule.CONTACT_RETIRED, "Point of contact '" + contactId + "' is retired; that is final");
        }
        return contact;
    }

    private static void requireNotBeforeLastContactChange(PointOfContact contact, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(contact.lastChangedOn)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn", "The change would take effect on "
                    + effectiveOn + ", before the contact's last change (" + contact.lastChangedOn + ")");
        }
    }

    private CommunicationCheck pendingCheck(String checkId) {
        CommunicationCheck check = checks.get(checkId);
        if (check == null) {
            throw new RuleViolation(Rule.UNKNOWN_CHECK, "Arrangement '" + arrangementId + "' has no check '" + checkId + "'");
        }
        if (!check.isPending()) {
            throw new RuleViolation(Rule.CHECK_CLOSED, "Check '" + checkId + "' is " + check.status + "; that is final");
        }
        return check;
    }

    /** A party acts only for itself; a command without an acting party comes from the registry itself. */
    private static void requireActingFor(String actingParty, String party) {
        if (actingParty != null && !actingParty.equals(party)) {
            throw new RuleViolation(Rule.ACTING_FOR_ANOTHER_PARTY, "'" + actingParty + "' cannot act for '" + party + "'");
        }
    }

    private DoctrinePaper paper(String paperId) {
        DoctrinePaper paper = papers.get(paperId);
        if (paper == null) {
            throw new RuleViolation(Rule.UNKNOWN_PAPER, "Arrangement '" + arrangementId + "' has no paper '" + paperId + "'");
        }
        return paper;
    }

    private void requireAddressees(List<String> addressees, String fromParty) {
        if (addressees.isEmpty()) {
            throw new RuleViolation(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to", "A paper needs at least one addressee");
        }
        for (int i = 0; i < addressees.size(); i++) {
            String addressee = addressees.get(i);
            if (addressee == null || !parties.contains(addressee) || addressee.equals(fromParty)) {
                throw new RuleViolation(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[" + i + "]",
                        "'" + addressee + "' is not another party to arrangement '" + arrangementId + "'");
            }
        }
    }

    /** Without a date, a retry takes the first submission's date, so a retry on a later day is still the same. */
    private static boolean isSameSubmission(DoctrinePaperSubmitted existing, DoctrinePaperSubmitted retry) {
        return existing.equals(retry);
    }

    /** A different paper of the same party, not older, and itself current: the chain never loops. */
    private static boolean isValidSuccessor(DoctrinePaper paper, DoctrinePaper newer) {
        return newer != null && newer != paper && newer.supersededBy == null
                && newer.submitted.fromParty().equals(paper.submitted.fromParty())
                && !newer.submitted.submittedOn().isBefore(paper.submitted.submittedOn());
    }

    private static LocalDate requireDate(LocalDate date, String field) {
        if (date == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, field, field + " is required");
        }
        return date;
    }

    private void requireNotBeforeConclusion(LocalDate date, String field) {
        if (isBeforeConclusion(date)) {
            throw new RuleViolation(Rule.DATE_BEFORE_CONCLUSION, field,
                    field + " " + date + " lies before the arrangement was concluded (" + recorded.concludedOn() + ")");
        }
    }

    private static void requireNotInFuture(LocalDate date, Clock clock, String field) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, field,
                    field + " " + date + " lies after today (" + LocalDate.now(clock) + ")");
        }
    }

    private boolean isRecorded() {
        return recorded != null;
    }

    private boolean isBeforeConclusion(LocalDate date) {
        return date != null && recorded.concludedOn() != null && date.isBefore(recorded.concludedOn());
    }

    private boolean precedesLastStatusChange(LocalDate date) {
        return lastStatusChangeOn != null && date.isBefore(lastStatusChangeOn);
    }

    private boolean isTerminatedBefore(LocalDate date) {
        return terminatedOn != null && date.isAfter(terminatedOn);
    }

    private static long version() {
        return AggregateLifecycle.getVersion() + 1;
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(ArrangementRecorded event) {
        arrangementId = event.arrangementId();
        recorded = event;
        title = event.title();
        source = event.source();
        parties = Set.copyOf(event.parties());
        status = event.status();
    }

    @EventSourcingHandler
    void on(ArrangementEnteredIntoForce event) {
        status = ArrangementStatus.IN_FORCE;
        lastStatusChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ArrangementSuspended event) {
        status = ArrangementStatus.SUSPENDED;
        lastStatusChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ArrangementResumed event) {
        status = ArrangementStatus.IN_FORCE;
        lastStatusChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ArrangementTerminated event) {
        status = ArrangementStatus.TERMINATED;
        lastStatusChangeOn = event.effectiveOn();
        terminatedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ArrangementAmended event) {
        title = event.title();
        source = event.source();
    }

    @EventSourcingHandler
    void on(CommitmentAdded event) {
        commitments.put(event.commitmentId(), new Commitment(event));
    }

    @EventSourcingHandler
    void on(CommitmentProgressRecorded event) {
        commitments.get(event.commitmentId()).status = CommitmentStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(CommitmentFulfilled event) {
        commitments.get(event.commitmentId()).status = CommitmentStatus.FULFILLED;
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        commitments.get(event.commitmentId()).status = CommitmentStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(CommitmentDeadlineMoved event) {
        Commitment commitment = commitments.get(event.commitmentId());
        commitment.dueBy = event.dueBy();
        commitment.termsChangedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PointOfContactDesignated event) {
        contacts.put(event.contactId(), new PointOfContact(event));
    }

    @EventSourcingHandler
    void on(PointOfContactUpdated event) {
        PointOfContact contact = contacts.get(event.contactId());
        contact.details = event.after();
        contact.lastChangedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PointOfContactRetired event) {
        PointOfContact contact = contacts.get(event.contactId());
        contact.retired = true;
        contact.lastChangedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(CommunicationCheckInitiated event) {
        checks.put(event.checkId(), new CommunicationCheck(event.contactId(), event.initiatedAt(), event.answerBy()));
    }

    @EventSourcingHandler
    void on(CommunicationCheckAnswered event) {
        checks.get(event.checkId()).status = CheckStatus.ANSWERED;
    }

    @EventSourcingHandler
    void on(CommunicationCheckFailed event) {
        checks.get(event.checkId()).status = CheckStatus.FAILED;
    }

    @EventSourcingHandler
    void on(DoctrinePaperSubmitted event) {
        papers.put(event.paperId(), new DoctrinePaper(event));
    }

    @EventSourcingHandler
    void on(DoctrinePaperReceiptAcknowledged event) {
        papers.get(event.paperId()).acknowledgements.put(event.party(), event.receivedOn());
    }

    @EventSourcingHandler
    void on(DoctrinePaperSuperseded event) {
        papers.get(event.paperId()).supersededBy = event.byPaperId();
    }

    @EventSourcingHandler
    void on(CommitmentFulfilledByExchange event) {
        commitments.get(event.commitmentId()).status = CommitmentStatus.FULFILLED;
    }
}
