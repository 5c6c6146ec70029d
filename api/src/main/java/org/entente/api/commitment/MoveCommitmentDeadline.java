package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/**
 * Give a commitment a new due date, usually later; the old one stays in history. {@code effectiveOn}
 * is when the parties agreed the new date (null: today).
 */
@Command
public record MoveCommitmentDeadline(@TargetAggregateIdentifier String arrangementId, String commitmentId, LocalDate dueBy,
                                     String reason, LocalDate effectiveOn) {
}
