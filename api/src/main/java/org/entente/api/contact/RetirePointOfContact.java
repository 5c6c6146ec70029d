package org.entente.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** A contact stops answering for its party; the record of who it was stays. */
@Command
public record RetirePointOfContact(@TargetAggregateIdentifier String arrangementId, String contactId, String reason,
                                   LocalDate effectiveOn) {
}
