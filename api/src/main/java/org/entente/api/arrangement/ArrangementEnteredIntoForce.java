package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A negotiated arrangement took effect. */
@Revision("1")
public record ArrangementEnteredIntoForce(String arrangementId, LocalDate effectiveOn, String reason) {
}
