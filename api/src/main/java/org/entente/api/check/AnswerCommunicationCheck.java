package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The checked contact's party records when the contact answered. */
public record AnswerCommunicationCheck(@TargetAggregateIdentifier String arrangementId, String checkId, Instant answeredAt) {
}
