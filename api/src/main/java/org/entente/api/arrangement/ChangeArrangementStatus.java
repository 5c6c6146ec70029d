package org.entente.api.arrangement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/**
 * Move an arrangement to another status. Which fact follows (entered into force, suspended, resumed,
 * terminated) depends on where the arrangement stands, so the aggregate decides it.
 */
@Command
public record ChangeArrangementStatus(
        @TargetAggregateIdentifier String arrangementId,
        ArrangementStatus status,
        LocalDate effectiveOn,
        String reason) {
}
