package org.entente.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;
import java.util.List;

/** Change some details of a contact; a null field stays as it is. A null {@code effectiveOn} means today. */
@Command
public record UpdatePointOfContact(@TargetAggregateIdentifier String arrangementId, String contactId, String office,
                                   String person, List<Channel> channels, Availability availability,
                                   List<String> languages, LocalDate effectiveOn) {
}
