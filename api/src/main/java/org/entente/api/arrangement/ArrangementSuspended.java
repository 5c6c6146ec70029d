package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;

/** An arrangement in force stopped applying for a while. */
@DomainEvent
@Revision("1")
public record ArrangementSuspended(String arrangementId, LocalDate effectiveOn, String reason) implements ArrangementStatusChanged {

    @Override
    public ArrangementStatus status() {
        return ArrangementStatus.SUSPENDED;
    }
}
