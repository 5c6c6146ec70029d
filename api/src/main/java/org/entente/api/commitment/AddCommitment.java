package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;
import java.util.List;

/**
 * Add a promise to an arrangement, owed by one or more of its parties; {@code dueBy} may be null.
 * {@code agreedOn} is when the parties agreed it, for a commitment added to the arrangement later;
 * null means it was agreed with the arrangement.
 */
@Command
public record AddCommitment(@TargetAggregateIdentifier String arrangementId, String commitmentId, String text,
                            CommitmentCategory category, List<String> owedBy, LocalDate dueBy, LocalDate agreedOn) {
}
