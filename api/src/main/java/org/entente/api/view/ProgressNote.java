package org.entente.api.view;

import java.time.Instant;
import java.time.LocalDate;

/** A note of progress on a commitment. */
public record ProgressNote(String note, LocalDate effectiveOn, Instant recordedAt) {
}
