package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A suspended arrangement applies again. */
@Revision("1")
public record ArrangementResumed(String arrangementId, LocalDate effectiveOn, String reason) {
}
