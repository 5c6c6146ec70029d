package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An arrangement entered the registry with its parties and initial status. */
@Revision("1")
public record ArrangementRecorded(String arrangementId, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, LocalDate concludedOn, SourceReference source) {
}
