package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** Work towards a commitment was noted; an OPEN commitment is IN_PROGRESS from then on. */
@DomainEvent
@Revision("1")
public record CommitmentProgressRecorded(String arrangementId, String commitmentId, String note, LocalDate effectiveOn) {
}
