package org.entente.api.contact;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A contact stopped answering for its party from a date. */
@DomainEvent
@Revision("1")
public record PointOfContactRetired(String arrangementId, String contactId, String reason, LocalDate effectiveOn) {
}
