package org.entente.command.arrangement;

import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentStatus;

import java.time.LocalDate;

/** What the aggregate needs to remember of one commitment to decide on the next command about it. */
final class Commitment {

    /** Kept whole so that a retried add with the same content can be recognised as a retry. */
    final CommitmentAdded added;
    CommitmentStatus status = CommitmentStatus.OPEN;
    LocalDate dueBy;

    Commitment(CommitmentAdded added) {
        this.added = added;
        this.dueBy = added.dueBy();
    }

    boolean isClosed() {
        return status.isClosed();
    }
}
