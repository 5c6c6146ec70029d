package org.entente.command.arrangement;

import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentStatus;

import java.time.LocalDate;
import java.util.Objects;

/** What the aggregate needs to remember of one commitment to decide on the next command about it. */
final class Commitment {

    /** Kept whole so that a retried add with the same content can be recognised as a retry. */
    final CommitmentAdded added;
    CommitmentStatus status = CommitmentStatus.OPEN;
    LocalDate dueBy;
    /** When its terms (agreement, deadline) last took effect; a new deadline cannot take effect before. */
    LocalDate termsChangedOn;

    private Commitment() {
        // for snapshot deserialization
        this.added = null;
    }

    Commitment(CommitmentAdded added) {
        this.added = added;
        this.dueBy = added.dueBy();
        this.termsChangedOn = added.agreedOn();
    }

    boolean termsChangedAfter(LocalDate day) {
        return termsChangedOn != null && termsChangedOn.isAfter(day);
    }

    boolean isClosed() {
        return status.isClosed();
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof Commitment that
                && added.equals(that.added) && status == that.status && Objects.equals(dueBy, that.dueBy)
                && Objects.equals(termsChangedOn, that.termsChangedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(added, status, dueBy, termsChangedOn);
    }
}
