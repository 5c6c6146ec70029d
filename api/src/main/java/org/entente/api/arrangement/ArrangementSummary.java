package org.entente.api.arrangement;

import org.entente.api.commitment.CommitmentCounts;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/** One line of the arrangement list. */
@QueryModel
public record ArrangementSummary(String id, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, LocalDate concludedOn, CommitmentCounts counts, long version) {
}
