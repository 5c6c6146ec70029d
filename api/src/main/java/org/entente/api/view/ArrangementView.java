package org.entente.api.view;

import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.SourceReference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An arrangement with its commitments. {@code version} is the number of events it is built from. */
public record ArrangementView(String id, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, List<StatusChange> statusHistory, LocalDate concludedOn, SourceReference source, List<CommitmentView> commitments, CommitmentCounts counts, List<ArrangementContact> contacts, List<ArrangementPaper> papers, long version, Instant lastRecordedAt) {
}
