package org.entente.api.party;

import org.entente.api.commitment.CommitmentStatus;

/** What one party owes across all arrangements; null filters match everything. */
public record FindPartyCommitmentsQuery(String party, CommitmentStatus status, Boolean overdue) {
}
