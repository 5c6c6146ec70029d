package org.entente.api.commitment;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;

/** A note of progress on a commitment. */
@QueryModel
public record ProgressNote(String note, LocalDate effectiveOn, Instant recordedAt) {
}
