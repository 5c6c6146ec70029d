package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment became part of an arrangement. {@code agreedOn} is the day it was agreed; null means
 * it was agreed with the arrangement itself (revision 1 events, which had no such field, say so too).
 */
@DomainEvent
@Revision("2")
public record CommitmentAdded(String arrangementId, String commitmentId, String text, CommitmentCategory category,
                              List<String> owedBy, LocalDate dueBy, LocalDate agreedOn) {
}
