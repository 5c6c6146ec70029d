package org.entente.query.commitment;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.StatusChange;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.ledger.OwedCommitment;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.CommitmentEntry;
import org.entente.query.arrangement.OverdueRule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One commitment as the lists across arrangements show it, with its arrangement's title and status and
 * the dated history both need for the answer on a past day. It is derived whole from the arrangement
 * document, so writing it again is harmless.
 */
public record CommitmentRow(String arrangementId, String arrangementTitle, ArrangementStatus arrangementStatus,
                            List<String> parties, LocalDate arrangementInEffectFrom, List<DatedStatus> statusHistory,
                            String commitmentId, String text, CommitmentCategory category, List<String> owedBy,
                            LocalDate agreedOn, LocalDate originalDueBy, LocalDate dueBy, List<MovedDeadline> deadlineMoves,
                            List<LocalDate> progressOn, CommitmentStatus status, LocalDate fulfilledOn, LocalDate withdrawnOn) {

    /** An arrangement status and the day it took effect (none: it applies from the start). */
    public record DatedStatus(ArrangementStatus status, LocalDate effectiveOn) {
    }

    /** A due date moved to {@code to}, in effect from {@code effectiveOn} (none: always). */
    public record MovedDeadline(LocalDate to, LocalDate effectiveOn) {
    }

    /** Where a commitment stood on one day: its own status and due date, and its arrangement's status. */
    public record Standing(CommitmentStatus status, LocalDate dueBy, ArrangementStatus arrangementStatus) {

        public boolean isOverdueOn(LocalDate day) {
            return OverdueRule.isOverdue(dueBy, status, arrangementStatus, day);
        }

        /** The tally a row counts in: its status, and whether its arrangement holds it. */
        String tally() {
            return OverdueRule.isOnHold(arrangementStatus) && !status.isClosed() ? status.name() + HELD : status.name();
        }
    }

    static final String HELD = "_HELD";
    /** The tally of a commitment fulfilled after the due date in force on the day it was fulfilled. */
    static final String FULFILLED_LATE = CommitmentStatus.FULFILLED.name() + "_LATE";

    /** The status a tally counts. */
    static CommitmentStatus statusOfTally(String tally) {
        return tally.equals(FULFILLED_LATE) ? CommitmentStatus.FULFILLED : CommitmentStatus.valueOf(tally.replace(HELD, ""));
    }

    public static CommitmentRow of(ArrangementDocument arrangement, CommitmentEntry commitment) {
        List<DatedStatus> statuses = new ArrayList<>();
        for (StatusChange change : arrangement.statusHistory()) {
            statuses.add(new DatedStatus(change.status(), change.effectiveOn()));
        }
        return new CommitmentRow(arrangement.id(), arrangement.title(), arrangement.status(), arrangement.parties(),
                arrangement.inEffectFrom(), statuses, commitment.id(), commitment.text(), commitment.category(),
                commitment.owedBy(), commitment.agreedOn(), commitment.originalDueBy(), commitment.dueBy(),
                commitment.extensions().stream().map(e -> new MovedDeadline(e.to(), e.effectiveOn())).toList(),
                commitment.progress().stream().map(p -> p.effectiveOn()).toList(),
                commitment.status(), commitment.fulfilledOn(), commitment.withdrawnOn());
    }

    /** A key unique to the commitment that is safe as a MongoDB field name (no dots, no leading dollar). */
    public String key() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((arrangementId + "\n" + commitmentId).getBytes(StandardCharsets.UTF_8));
    }

    /** Every due date it has had, so that a list of a past day finds it under the date it had then; null: undated. */
    Set<LocalDate> dueDates() {
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(originalDueBy);
        deadlineMoves.forEach(m -> dates.add(m.to()));
        return dates;
    }

    /** What a bucket notes of the row to count its day's tallies without reading the row: its due day and tally. */
    public String mark() {
        return CommitmentScope.day(dueBy) + "|" + (status == CommitmentStatus.FULFILLED && fulfilledLate() ? FULFILLED_LATE : now().tally());
    }

    /** Where it stands as recorded now. */
    public Standing now() {
        return new Standing(status, dueBy, arrangementStatus);
    }

    /** Where it stood on {@code day} ({@link #on}), or now for none. */
    public Optional<Standing> standing(LocalDate day) {
        return day == null ? Optional.of(now()) : on(day);
    }

    /** How often its deadline had moved by {@code day}, by the moves in effect then; every move for none. */
    public int timesMovedBy(LocalDate day) {
        return (int) deadlineMoves.stream().filter(move -> day == null || counts(move.effectiveOn(), day)).count();
    }

    /** Fulfilled after the due date in force on the day of its fulfilment. */
    public boolean fulfilledLate() {
        if (fulfilledOn == null) {
            return false;
        }
        LocalDate due = dueOn(fulfilledOn);
        return due != null && fulfilledOn.isAfter(due);
    }

    private LocalDate dueOn(LocalDate day) {
        LocalDate due = originalDueBy;
        for (MovedDeadline move : deadlineMoves) {
            if (counts(move.effectiveOn(), day)) {
                due = move.to();
            }
        }
        return due;
    }

    /** An arrangement's status on {@code day}: the last of its dated changes in effect then, else its status now. */
    public static ArrangementStatus statusOn(List<DatedStatus> history, ArrangementStatus now, LocalDate day) {
        ArrangementStatus then = now;
        for (DatedStatus change : history) {
            if (counts(change.effectiveOn(), day)) {
                then = change.status();
            }
        }
        return then;
    }

    /**
     * Where it stood on {@code day}, by the effective-date rules of an arrangement's as-of view: nothing
     * before the arrangement or the commitment took effect; then each dated change counts from its day.
     */
    public Optional<Standing> on(LocalDate day) {
        LocalDate from = arrangementInEffectFrom;
        if (from != null && from.isAfter(day)) {
            return Optional.empty();
        }
        LocalDate agreed = agreedOn != null ? agreedOn : from;
        if (agreed != null && agreed.isAfter(day)) {
            return Optional.empty();
        }
        return Optional.of(new Standing(statusOn(day), dueOn(day), statusOn(statusHistory, arrangementStatus, day)));
    }

    private CommitmentStatus statusOn(LocalDate day) {
        if (status == CommitmentStatus.WITHDRAWN && counts(withdrawnOn, day)) {
            return CommitmentStatus.WITHDRAWN;
        }
        if (status == CommitmentStatus.FULFILLED && counts(fulfilledOn, day)) {
            return CommitmentStatus.FULFILLED;
        }
        return progressOn.stream().anyMatch(d -> counts(d, day)) ? CommitmentStatus.IN_PROGRESS : CommitmentStatus.OPEN;
    }

    private static boolean counts(LocalDate effectiveOn, LocalDate day) {
        return effectiveOn == null || !effectiveOn.isAfter(day);
    }

    OwedCommitment toOwed(Standing standing, LocalDate judgedOn) {
        return new OwedCommitment(arrangementId, arrangementTitle, standing.arrangementStatus(), commitmentId, text, category,
                owedBy, standing.dueBy(), standing.status(), standing.isOverdueOn(judgedOn),
                standing.status() == CommitmentStatus.FULFILLED ? fulfilledOn : null);
    }
}
