package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Give a commitment a new due date, usually later; the old one stays in history. */
public record MoveCommitmentDeadline(@TargetAggregateIdentifier String arrangementId, String commitmentId, LocalDate dueBy, String reason) {
}
