package org.entente.query.dashboard;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.dashboard.Milestone;
import org.entente.api.dashboard.MilestoneKind;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.CommitmentEntry;
import org.entente.query.commitment.CommitmentRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dated step of an arrangement that has happened, as the milestone read model keeps it: concluded, entered into
 * force, a later status change, or a commitment fulfilled (with its row, which tells where it stood on any day).
 * Commitments falling due are not kept here: the commitment buckets know them by due day.
 *
 * @param newStatus  for a status change, the status it changed to
 * @param commitment for a fulfilment, the commitment
 */
public record DatedMilestone(LocalDate on, MilestoneKind kind, ArrangementStatus newStatus, CommitmentRow commitment) {

    /**
     * The steps of an arrangement: its conclusion, its entry into force (its first status in force: the one it was
     * recorded with, or a later change to it), every later status change, and every fulfilment.
     */
    static List<DatedMilestone> of(ArrangementDocument document) {
        List<DatedMilestone> steps = new ArrayList<>();
        if (document.concludedOn() != null) {
            steps.add(new DatedMilestone(document.concludedOn(), MilestoneKind.CONCLUDED, null, null));
        }
        boolean inForce = false;
        boolean recorded = true;
        for (var change : document.statusHistory()) {
            LocalDate on = change.effectiveOn() != null ? change.effectiveOn() : document.inEffectFrom();
            if (change.status() == ArrangementStatus.IN_FORCE && !inForce) {
                steps.add(new DatedMilestone(on, MilestoneKind.ENTERED_INTO_FORCE, null, null));
                inForce = true;
            } else if (!recorded) {
                steps.add(new DatedMilestone(on, MilestoneKind.STATUS_CHANGED, change.status(), null));
            }
            recorded = false;
        }
        for (CommitmentEntry commitment : document.commitments()) {
            if (commitment.status() == CommitmentStatus.FULFILLED && commitment.fulfilledOn() != null) {
                steps.add(new DatedMilestone(commitment.fulfilledOn(), MilestoneKind.COMMITMENT_FULFILLED, null,
                        CommitmentRow.of(document, commitment)));
            }
        }
        return steps;
    }

    /**
     * The step as a timeline shows it, judged on {@code judgedOn}, if it had happened by {@code asOf} (null: as
     * recorded now): a status change from its effective day, a fulfilment from its day.
     */
    Optional<Milestone> asOf(ArrangementOutline arrangement, LocalDate asOf, LocalDate judgedOn) {
        if (commitment == null) {
            if (asOf != null && on.isAfter(asOf)) {
                return Optional.empty();
            }
            return Optional.of(new Milestone(on, kind, arrangement.arrangementId(), arrangement.title(),
                    arrangement.statusOn(asOf), arrangement.parties(), newStatus, null, null, null, null, false, null, 0));
        }
        return commitment.standing(asOf)
                .filter(standing -> standing.status() == CommitmentStatus.FULFILLED)
                .map(standing -> commitmentMilestone(on, kind, commitment, standing, asOf, judgedOn));
    }

    /** A commitment's milestone: its day, what happens, and where the commitment stood. */
    static Milestone commitmentMilestone(LocalDate on, MilestoneKind kind, CommitmentRow row, CommitmentRow.Standing standing, LocalDate asOf,
                                         LocalDate judgedOn) {
        return new Milestone(on, kind, row.arrangementId(), row.arrangementTitle(), standing.arrangementStatus(), row.parties(),
                null, row.commitmentId(), row.text(), row.owedBy(), standing.status(), standing.isOverdueOn(judgedOn),
                row.originalDueBy(), row.timesMovedBy(asOf));
    }
}
