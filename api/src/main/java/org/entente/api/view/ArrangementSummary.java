package org.entente.api.view;

import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;

import java.time.LocalDate;
import java.util.List;

/** One line of the arrangement list. */
public record ArrangementSummary(String id, String title, Instrument instrument, ArrangementKind kind, List<String> parties, ArrangementStatus status, LocalDate concludedOn, CommitmentCounts counts, long version) {
}
