package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/**
 * A commitment got a new due date, in effect from {@code effectiveOn}; {@code previousDueBy} is the one
 * it replaces (null if it had none). Revision 1 events had no effective date; they are read as taking
 * effect on the day they were recorded.
 */
@DomainEvent
@Revision("2")
public record CommitmentDeadlineMoved(String arrangementId, String commitmentId, LocalDate previousDueBy, LocalDate dueBy,
                                      String reason, LocalDate effectiveOn) {
}
