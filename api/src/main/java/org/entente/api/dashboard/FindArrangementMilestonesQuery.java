package org.entente.api.dashboard;

import java.time.LocalDate;

/** One arrangement's timeline: concluded, in force, status changes, commitments due and met; {@code asOf} as above. */
public record FindArrangementMilestonesQuery(String arrangementId, LocalDate asOf) {
}
