package org.entente.api.paper;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

/** A newer paper of the same party replaces an older one; both stay on record. */
@Command
public record SupersedeDoctrinePaper(@TargetAggregateIdentifier String arrangementId, String paperId, String byPaperId) {
}
