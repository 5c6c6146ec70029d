package org.entente.api.contact;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A party designated a point of contact for a role under an arrangement, effective from a date. */
@DomainEvent
@Revision("1")
public record PointOfContactDesignated(String arrangementId, String contactId, String party, ContactRole role,
                                       ContactDetails details, LocalDate effectiveOn) {
}
