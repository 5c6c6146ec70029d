package org.entente.api.commitment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A commitment got a new due date; {@code previousDueBy} is the one it replaces (null if it had none). */
@Revision("1")
public record CommitmentDeadlineMoved(String arrangementId, String commitmentId, LocalDate previousDueBy, LocalDate dueBy, String reason) {
}
