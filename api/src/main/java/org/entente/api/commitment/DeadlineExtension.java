package org.entente.api.commitment;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;

/** A due date that was moved, with the reason given, in effect from {@code effectiveOn}. */
@QueryModel
public record DeadlineExtension(LocalDate from, LocalDate to, String reason, LocalDate effectiveOn, Instant recordedAt) {
}
