package org.entente.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A contact stops answering for its party; the record of who it was stays. */
public record RetirePointOfContact(@TargetAggregateIdentifier String arrangementId, String contactId, String reason,
                                   LocalDate effectiveOn) {
}
