package org.entente.api.commitment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A commitment was met. */
@Revision("1")
public record CommitmentFulfilled(String arrangementId, String commitmentId, LocalDate fulfilledOn, String evidence) {
}
