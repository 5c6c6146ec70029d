package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A party tests whether another party's point of contact answers, by {@code answerBy}. */
public record InitiateCommunicationCheck(@TargetAggregateIdentifier String arrangementId, String checkId, String contactId,
                                         String fromParty, Instant answerBy) {
}
