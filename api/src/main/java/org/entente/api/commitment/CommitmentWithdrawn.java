package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A commitment was given up. */
@DomainEvent
@Revision("1")
public record CommitmentWithdrawn(String arrangementId, String commitmentId, String reason, LocalDate effectiveOn) {
}
