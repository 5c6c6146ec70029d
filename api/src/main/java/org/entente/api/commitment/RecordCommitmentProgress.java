package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Note progress on a commitment; a null {@code effectiveOn} means today in the registry clock. */
public record RecordCommitmentProgress(@TargetAggregateIdentifier String arrangementId, String commitmentId, String note, LocalDate effectiveOn) {
}
