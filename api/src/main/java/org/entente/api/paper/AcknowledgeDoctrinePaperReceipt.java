package org.entente.api.paper;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;

/** An addressee confirms it received a paper. */
@Command
public record AcknowledgeDoctrinePaperReceipt(@TargetAggregateIdentifier String arrangementId, String paperId,
                                              String party, LocalDate receivedOn) {
}
