package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentStatus;

import java.time.LocalDate;

/**
 * When a commitment is overdue, as a diplomat means it: its due date has passed (the due day itself is
 * still in time), it is neither fulfilled nor withdrawn, and its arrangement is not on hold. While an
 * arrangement is suspended or after it is terminated nobody is expected to act on it, so its
 * commitments are shown with the arrangement's status instead of being counted late.
 */
public final class OverdueRule {

    private OverdueRule() {
    }

    public static boolean isOverdue(LocalDate dueBy, CommitmentStatus status, ArrangementStatus arrangementStatus, LocalDate day) {
        return dueBy != null && dueBy.isBefore(day) && !status.isClosed() && !isOnHold(arrangementStatus);
    }

    /** Suspended or terminated: its open commitments wait rather than fall late. */
    public static boolean isOnHold(ArrangementStatus arrangementStatus) {
        return arrangementStatus == ArrangementStatus.SUSPENDED || arrangementStatus == ArrangementStatus.TERMINATED;
    }
}
