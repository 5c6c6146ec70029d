package org.entente.api.paper;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** An addressee confirms it received a paper. */
public record AcknowledgeDoctrinePaperReceipt(@TargetAggregateIdentifier String arrangementId, String paperId,
                                              String party, LocalDate receivedOn) {
}
