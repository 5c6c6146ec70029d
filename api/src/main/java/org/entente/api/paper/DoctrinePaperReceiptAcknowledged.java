package org.entente.api.paper;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** An addressee received a paper on a date. */
@DomainEvent
@Revision("1")
public record DoctrinePaperReceiptAcknowledged(String arrangementId, String paperId, String party, LocalDate receivedOn) {
}
