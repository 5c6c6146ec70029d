package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An arrangement ended for good. */
@Revision("1")
public record ArrangementTerminated(String arrangementId, LocalDate effectiveOn, String reason) {
}
