package org.entente.api.paper;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

/** A paper was replaced by a newer one of the same party. */
@DomainEvent
@Revision("1")
public record DoctrinePaperSuperseded(String arrangementId, String paperId, String byPaperId) {
}
