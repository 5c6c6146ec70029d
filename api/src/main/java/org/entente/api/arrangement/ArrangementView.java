package org.entente.api.arrangement;

import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentView;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An arrangement with its commitments. {@code version} is the number of events it is built from. */
@QueryModel
public record ArrangementView(String id, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, List<StatusChange> statusHistory, LocalDate concludedOn, SourceReference source, List<CommitmentView> commitments, CommitmentCounts counts, List<ArrangementContact> contacts, List<ArrangementPaper> papers, long version, Instant lastRecordedAt) {
}
