package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

/** The title or source of an arrangement was corrected; both fields carry the values after the change. */
@DomainEvent
@Revision("1")
public record ArrangementAmended(String arrangementId, String title, SourceReference source, String reason) {
}
