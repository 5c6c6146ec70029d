package org.entente.api.contact;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * Details of a contact changed on a date. {@code changedFields} names exactly the fields that differ
 * between {@code before} and {@code after}, so the directory can say who the contact was on any day.
 */
@DomainEvent
@Revision("1")
public record PointOfContactUpdated(String arrangementId, String contactId, List<String> changedFields,
                                    ContactDetails before, ContactDetails after, LocalDate effectiveOn) {
}
