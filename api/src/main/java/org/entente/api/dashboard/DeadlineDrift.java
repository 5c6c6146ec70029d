package org.entente.api.dashboard;

import org.entente.api.commitment.CommitmentStatus;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment whose deadline moved: how often, and how far from the date first agreed.
 *
 * @param daysMoved days from {@code originalDueBy} to {@code dueBy}; negative when it was brought forward
 */
@QueryModel
public record DeadlineDrift(String arrangementId, String arrangementTitle, String commitmentId, String text,
                            List<String> owedBy, LocalDate originalDueBy, LocalDate dueBy, int timesMoved, long daysMoved,
                            CommitmentStatus status) {
}
