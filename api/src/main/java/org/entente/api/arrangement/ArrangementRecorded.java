package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/** An arrangement entered the registry with its parties and initial status. */
@DomainEvent
@Revision("1")
public record ArrangementRecorded(String arrangementId, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, LocalDate concludedOn, SourceReference source) {
}
