package org.entente.api.arrangement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the title and/or source of an arrangement; a null field is left as it is. */
public record AmendArrangement(
        @TargetAggregateIdentifier String arrangementId,
        String title,
        SourceReference source,
        String reason) {
}
