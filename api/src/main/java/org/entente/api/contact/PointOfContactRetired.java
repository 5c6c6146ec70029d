package org.entente.api.contact;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A contact stopped answering for its party from a date. */
@Revision("1")
public record PointOfContactRetired(String arrangementId, String contactId, String reason, LocalDate effectiveOn) {
}
