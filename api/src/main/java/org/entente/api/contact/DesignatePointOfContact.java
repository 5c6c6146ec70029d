package org.entente.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** A party names who answers for it in a role under an arrangement; a null {@code effectiveOn} means today. */
@Command
public record DesignatePointOfContact(@TargetAggregateIdentifier String arrangementId, String contactId, String party,
                                      ContactRole role, ContactDetails details, LocalDate effectiveOn) {
}
