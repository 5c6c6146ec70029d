package org.entente.api.ledger;

import org.entente.api.commitment.CommitmentCounts;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of commitments across arrangements. {@code counts} cover the whole selection before the
 * filters on status, category, overdue and due window: everything the party (or the arrangement, or the
 * registry) holds, on the day the answer is judged.
 *
 * @param judgedOn the day overdue was judged on: the query's {@code asOf}, else today
 */
@QueryModel
public record CommitmentPage(List<OwedCommitment> items, CommitmentCounts counts, LocalDate judgedOn, int page, int size,
                             long total) {
}
