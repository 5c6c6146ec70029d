package org.entente.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** Note progress on a commitment; a null {@code effectiveOn} means today in the registry clock. */
@Command
public record RecordCommitmentProgress(@TargetAggregateIdentifier String arrangementId, String commitmentId, String note, LocalDate effectiveOn) {
}
