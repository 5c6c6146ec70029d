package org.entente.api.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

/** Close a check whose answer-by time has passed without an answer; sent by the registry itself. */
@Command
public record FailCommunicationCheck(@TargetAggregateIdentifier String checkId) {
}
