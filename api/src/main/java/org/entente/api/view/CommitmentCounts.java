package org.entente.api.view;

/** How many commitments are in each status; {@code overdue} counts open or in-progress ones past their due date. */
public record CommitmentCounts(int open, int inProgress, int fulfilled, int withdrawn, int overdue) {
}
