package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.Instant;

/** The checked contact's party records when the contact answered. */
@Command
public record AnswerCommunicationCheck(@TargetAggregateIdentifier String checkId, Instant answeredAt) {
}
