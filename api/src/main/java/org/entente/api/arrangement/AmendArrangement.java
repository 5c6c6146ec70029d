package org.entente.api.arrangement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

/** Correct the title and/or source of an arrangement; a null field is left as it is. */
@Command
public record AmendArrangement(
        @TargetAggregateIdentifier String arrangementId,
        String title,
        SourceReference source,
        String reason) {
}
