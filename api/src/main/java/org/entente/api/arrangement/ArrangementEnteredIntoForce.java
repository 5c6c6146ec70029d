package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A negotiated arrangement took effect. */
@DomainEvent
@Revision("1")
public record ArrangementEnteredIntoForce(String arrangementId, LocalDate effectiveOn, String reason) implements ArrangementStatusChanged {

    @Override
    public ArrangementStatus status() {
        return ArrangementStatus.IN_FORCE;
    }
}
