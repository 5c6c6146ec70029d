package org.entente.api.arrangement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An arrangement in force stopped applying for a while. */
@Revision("1")
public record ArrangementSuspended(String arrangementId, LocalDate effectiveOn, String reason) {
}
