package org.entente.command.arrangement;

import org.entente.api.check.CheckStatus;

import java.time.Instant;
import java.util.Objects;

/** What the aggregate remembers of one communication check. */
final class CommunicationCheck {

    String contactId;
    Instant initiatedAt;
    Instant answerBy;
    CheckStatus status = CheckStatus.PENDING;

    private CommunicationCheck() {
        // for snapshot deserialization
    }

    CommunicationCheck(String contactId, Instant initiatedAt, Instant answerBy) {
        this.contactId = contactId;
        this.initiatedAt = initiatedAt;
        this.answerBy = answerBy;
    }

    boolean isPending() {
        return status == CheckStatus.PENDING;
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof CommunicationCheck that && Objects.equals(contactId, that.contactId)
                && Objects.equals(initiatedAt, that.initiatedAt) && Objects.equals(answerBy, that.answerBy)
                && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, initiatedAt, answerBy, status);
    }
}
