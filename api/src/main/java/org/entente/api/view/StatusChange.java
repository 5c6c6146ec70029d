package org.entente.api.view;

import org.entente.api.arrangement.ArrangementStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of an arrangement's status history; the first is the status it was recorded with. */
public record StatusChange(ArrangementStatus status, LocalDate effectiveOn, String reason, Instant recordedAt) {
}
