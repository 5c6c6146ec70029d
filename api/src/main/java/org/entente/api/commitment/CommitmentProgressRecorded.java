package org.entente.api.commitment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Work towards a commitment was noted; an OPEN commitment is IN_PROGRESS from then on. */
@Revision("1")
public record CommitmentProgressRecorded(String arrangementId, String commitmentId, String note, LocalDate effectiveOn) {
}
