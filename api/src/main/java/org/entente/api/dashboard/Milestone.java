package org.entente.api.dashboard;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentStatus;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated step of an arrangement as a timeline shows it.
 *
 * @param arrangementStatus the arrangement's status on the day the answer is judged
 * @param newStatus         for {@link MilestoneKind#STATUS_CHANGED}: the status it changed to; else null
 * @param commitmentId      for the commitment kinds: the commitment; else null, as are the fields below
 * @param overdue           a commitment past due and unfulfilled, by the rule of the commitment lists
 * @param originalDueBy     the due date first agreed, which differs from {@code on} when the deadline moved
 * @param timesMoved        how often its deadline moved
 */
@QueryModel
public record Milestone(LocalDate on, MilestoneKind kind, String arrangementId, String arrangementTitle,
                        ArrangementStatus arrangementStatus, List<String> parties, ArrangementStatus newStatus,
                        String commitmentId, String text, List<String> owedBy, CommitmentStatus commitmentStatus,
                        boolean overdue, LocalDate originalDueBy, int timesMoved) {
}
