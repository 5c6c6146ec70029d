package org.entente.api.party;

import org.entente.api.commitment.CommitmentStatus;

/**
 * What one party owes across all arrangements; null filters match everything.
 *
 * @param visibleTo when set, only arrangements this party is party to are counted and listed: what a
 *                  registrar of that party may know of
 */
public record FindPartyCommitmentsQuery(String party, CommitmentStatus status, Boolean overdue, String visibleTo) {

    public FindPartyCommitmentsQuery(String party, CommitmentStatus status, Boolean overdue) {
        this(party, status, overdue, null);
    }
}
