package org.entente.api.arrangement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;
import java.util.List;

/** Record an arrangement the parties concluded (or are negotiating). {@code status} may be null: IN_FORCE. */
@Command
public record RecordArrangement(
        @TargetAggregateIdentifier String arrangementId,
        String title,
        Instrument instrument,
        List<String> parties,
        ArrangementStatus status,
        LocalDate concludedOn,
        SourceReference source) {
}
