package org.entente.api.view;

import java.time.Instant;
import java.time.LocalDate;

/** A due date that was moved, with the reason given, in effect from {@code effectiveOn}. */
public record DeadlineExtension(LocalDate from, LocalDate to, String reason, LocalDate effectiveOn, Instant recordedAt) {
}
