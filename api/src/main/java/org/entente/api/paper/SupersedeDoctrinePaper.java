package org.entente.api.paper;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A newer paper of the same party replaces an older one; both stay on record. */
public record SupersedeDoctrinePaper(@TargetAggregateIdentifier String arrangementId, String paperId, String byPaperId) {
}
