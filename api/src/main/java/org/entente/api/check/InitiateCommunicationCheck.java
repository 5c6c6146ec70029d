package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.Instant;

/**
 * A party tests whether another party's point of contact under an arrangement answers, by
 * {@code answerBy}. The check is its own aggregate: only its start depends on the arrangement.
 */
@Command
public record InitiateCommunicationCheck(@TargetAggregateIdentifier String checkId, String arrangementId, String contactId,
                                         String fromParty, Instant answerBy) {
}
