package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a check whose answer-by time has passed without an answer; sent by the registry itself. */
public record FailCommunicationCheck(@TargetAggregateIdentifier String arrangementId, String checkId) {
}
