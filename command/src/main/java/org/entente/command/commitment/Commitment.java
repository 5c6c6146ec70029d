package org.entente.command.commitment;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.shared.DatePolicy;
import org.entente.command.shared.Parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One promise inside an arrangement, an entity of the {@code Arrangement} aggregate: it decides on the
 * commands about itself and keeps its own state. What depends on the arrangement (its status, its
 * conclusion) the arrangement checks before it asks.
 */
public class Commitment {

    @EntityId
    private String commitmentId;
    /** Kept whole so that a retried addition with the same content is recognised as a retry. */
    private CommitmentAdded added;
    private CommitmentStatus status;
    private LocalDate dueBy;
    /** When its terms (agreement, deadline) last took effect; a new deadline cannot take effect before. */
    private LocalDate termsChangedOn;
    /** The last of each change, kept whole so that the same change sent again is recognised as a retry. */
    private CommitmentProgressRecorded lastProgress;
    private CommitmentDeadlineMoved lastDeadlineMove;
    private CommitmentFulfilled fulfilled;
    private CommitmentWithdrawn withdrawn;

    private Commitment() {
        // for snapshots
    }

    public Commitment(CommitmentAdded added) {
        this.commitmentId = added.commitmentId();
        this.added = added;
        this.status = CommitmentStatus.OPEN;
        this.dueBy = added.dueBy();
        this.termsChangedOn = added.agreedOn();
    }

    /** Who may owe a commitment: at least one party, each a party to the arrangement, each once. */
    public static List<String> obligors(List<String> owedBy, List<String> parties, String arrangementId) {
        List<String> obligors = Parties.requireKnownAndDistinct(owedBy, "owedBy");
        if (obligors.isEmpty()) {
            throw new RuleViolation(Rule.NO_OBLIGOR, "owedBy", "A commitment must be owed by at least one party");
        }
        for (int i = 0; i < obligors.size(); i++) {
            Parties.requireParty(obligors.get(i), parties, arrangementId, Rule.OBLIGOR_NOT_A_PARTY, "owedBy[" + i + "]");
        }
        return obligors;
    }

    public boolean isRetryOf(CommitmentAdded addition) {
        return added.equals(addition);
    }

    /** The last progress noted had this note, on this day (a retry without a day takes the recorded one). */
    public boolean isRetryOfProgress(String note, LocalDate effectiveOn) {
        return lastProgress != null && lastProgress.note().equals(note) && sameDayIfGiven(effectiveOn, lastProgress.effectiveOn());
    }

    public boolean isRetryOfFulfilment(LocalDate fulfilledOn, String evidence) {
        return fulfilled != null && fulfilled.fulfilledOn().equals(fulfilledOn) && Objects.equals(fulfilled.evidence(), evidence);
    }

    public boolean isRetryOfWithdrawal(String reason, LocalDate effectiveOn) {
        return withdrawn != null && withdrawn.reason().equals(reason) && sameDayIfGiven(effectiveOn, withdrawn.effectiveOn());
    }

    /** The deadline is still the one the last move set, for this reason. */
    public boolean isRetryOfDeadlineMove(LocalDate newDueBy, String reason, LocalDate effectiveOn) {
        return lastDeadlineMove != null && Objects.equals(dueBy, newDueBy) && lastDeadlineMove.dueBy().equals(newDueBy)
                && lastDeadlineMove.reason().equals(reason) && sameDayIfGiven(effectiveOn, lastDeadlineMove.effectiveOn());
    }

    private static boolean sameDayIfGiven(LocalDate given, LocalDate recorded) {
        return given == null || given.equals(recorded);
    }

    public CommitmentCategory category() {
        return added.category();
    }

    public List<String> owedBy() {
        return added.owedBy();
    }

    public boolean isClosed() {
        return status.isClosed();
    }

    public void requireOpen() {
        if (isClosed()) {
            throw new RuleViolation(Rule.COMMITMENT_CLOSED, "Commitment '" + commitmentId + "' is " + status + "; that is final");
        }
    }

    public CommitmentProgressRecorded progress(String note, LocalDate effectiveOn) {
        return new CommitmentProgressRecorded(added.arrangementId(), commitmentId, note, effectiveOn);
    }

    public CommitmentFulfilled fulfilment(LocalDate fulfilledOn, String evidence) {
        return new CommitmentFulfilled(added.arrangementId(), commitmentId, fulfilledOn, evidence);
    }

    public CommitmentWithdrawn withdrawal(String reason, LocalDate effectiveOn) {
        return new CommitmentWithdrawn(added.arrangementId(), commitmentId, reason, effectiveOn);
    }

    public CommitmentDeadlineMoved deadlineMove(LocalDate newDueBy, String reason, LocalDate effectiveOn) {
        if (Objects.equals(dueBy, newDueBy)) {
            throw new RuleViolation(Rule.DEADLINE_UNCHANGED, "dueBy", "Commitment '" + commitmentId + "' is already due by " + newDueBy);
        }
        DatePolicy.requireInOrder(effectiveOn, termsChangedOn, "effectiveOn", "the commitment's terms last changed");
        return new CommitmentDeadlineMoved(added.arrangementId(), commitmentId, dueBy, newDueBy, reason, effectiveOn);
    }

    public CommitmentFulfilledByExchange fulfilmentByExchange(LocalDate on, List<String> paperIds) {
        return new CommitmentFulfilledByExchange(added.arrangementId(), commitmentId, on, paperIds);
    }

    @EventSourcingHandler
    void on(CommitmentProgressRecorded event) {
        status = CommitmentStatus.IN_PROGRESS;
        lastProgress = event;
    }

    @EventSourcingHandler
    void on(CommitmentFulfilled event) {
        status = CommitmentStatus.FULFILLED;
        fulfilled = event;
    }

    @EventSourcingHandler
    void on(CommitmentFulfilledByExchange event) {
        status = CommitmentStatus.FULFILLED;
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        status = CommitmentStatus.WITHDRAWN;
        withdrawn = event;
    }

    @EventSourcingHandler
    void on(CommitmentDeadlineMoved event) {
        dueBy = event.dueBy();
        termsChangedOn = event.effectiveOn();
        lastDeadlineMove = event;
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof Commitment that && Objects.equals(added, that.added) && status == that.status
                && Objects.equals(dueBy, that.dueBy) && Objects.equals(termsChangedOn, that.termsChangedOn)
                && Objects.equals(lastProgress, that.lastProgress) && Objects.equals(lastDeadlineMove, that.lastDeadlineMove)
                && Objects.equals(fulfilled, that.fulfilled) && Objects.equals(withdrawn, that.withdrawn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(added, status, dueBy, termsChangedOn, lastProgress, lastDeadlineMove, fulfilled, withdrawn);
    }
}
