package org.entente.api.commitment;

import org.jmolecules.architecture.cqrs.QueryModel;

/** How many commitments are in each status; {@code overdue} counts open or in-progress ones past their due date. */
@QueryModel
public record CommitmentCounts(int open, int inProgress, int fulfilled, int withdrawn, int overdue) {
}
