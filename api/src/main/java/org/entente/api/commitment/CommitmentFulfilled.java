package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A commitment was met. */
@DomainEvent
@Revision("1")
public record CommitmentFulfilled(String arrangementId, String commitmentId, LocalDate fulfilledOn, String evidence) {
}
