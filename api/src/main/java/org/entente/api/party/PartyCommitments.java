package org.entente.api.party;

import org.entente.api.commitment.CommitmentCounts;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;

/** What one party owes. {@code counts} cover everything it owes, before the request's filters. */
@QueryModel
public record PartyCommitments(String party, List<OwedCommitment> commitments, CommitmentCounts counts) {
}
