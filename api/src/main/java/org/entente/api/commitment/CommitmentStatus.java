package org.entente.api.commitment;

/** OPEN → IN_PROGRESS → FULFILLED or WITHDRAWN. Overdue is derived from the due date, never a status. */
public enum CommitmentStatus {
    OPEN, IN_PROGRESS, FULFILLED, WITHDRAWN;

    public boolean isClosed() {
        return this == FULFILLED || this == WITHDRAWN;
    }
}
