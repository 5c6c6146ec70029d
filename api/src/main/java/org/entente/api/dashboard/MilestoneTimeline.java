package org.entente.api.dashboard;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's timeline.
 *
 * @param milestones   every milestone of the window, in date order
 * @param overdue      commitments overdue on {@code judgedOn}, whatever their due date, earliest due first; at most
 *                     {@link #LISTED} of {@code overdueTotal}
 * @param drifting     commitments whose deadline moved, the furthest moved first; at most {@link #LISTED} of
 *                     {@code driftingTotal}
 */
@QueryModel
public record MilestoneTimeline(LocalDate from, LocalDate to, String party, LocalDate judgedOn, List<Milestone> milestones,
                                List<Milestone> overdue, long overdueTotal, List<DeadlineDrift> drifting,
                                long driftingTotal) {

    /** How many overdue commitments and drifting deadlines an answer lists. */
    public static final int LISTED = 100;
}
