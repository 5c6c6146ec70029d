package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** Record that a commitment no longer stands; a null {@code effectiveOn} means today in the registry clock. */
@Command
public record WithdrawCommitment(@TargetAggregateIdentifier String arrangementId, String commitmentId, String reason, LocalDate effectiveOn) {
}
