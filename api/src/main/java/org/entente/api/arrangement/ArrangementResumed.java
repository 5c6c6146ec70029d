package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** A suspended arrangement applies again. */
@DomainEvent
@Revision("1")
public record ArrangementResumed(String arrangementId, LocalDate effectiveOn, String reason) implements ArrangementStatusChanged {

    @Override
    public ArrangementStatus status() {
        return ArrangementStatus.IN_FORCE;
    }
}
