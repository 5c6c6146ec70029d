package org.entente.api.arrangement;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of an arrangement's status history; the first is the status it was recorded with. */
@QueryModel
public record StatusChange(ArrangementStatus status, LocalDate effectiveOn, String reason, Instant recordedAt) {
}
