package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** Record that a commitment was met on a date, with optional evidence. */
@Command
public record FulfilCommitment(@TargetAggregateIdentifier String arrangementId, String commitmentId, LocalDate fulfilledOn, String evidence) {
}
