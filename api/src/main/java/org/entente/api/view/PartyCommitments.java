package org.entente.api.view;

import java.util.List;

/** What one party owes. {@code counts} cover everything it owes, before the request's filters. */
public record PartyCommitments(String party, List<OwedCommitment> commitments, CommitmentCounts counts) {
}
