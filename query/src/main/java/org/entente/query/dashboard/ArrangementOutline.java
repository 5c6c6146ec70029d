package org.entente.query.dashboard;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.StatusChange;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.commitment.CommitmentRow;

import java.time.LocalDate;
import java.util.List;

/** An arrangement as a timeline names it, with the dated status history that tells its status on any day. */
public record ArrangementOutline(String arrangementId, String title, List<String> parties, ArrangementStatus status,
                                 List<CommitmentRow.DatedStatus> statusHistory) {

    static ArrangementOutline of(ArrangementDocument document) {
        return new ArrangementOutline(document.id(), document.title(), document.parties(), document.status(),
                document.statusHistory().stream().map(ArrangementOutline::dated).toList());
    }

    private static CommitmentRow.DatedStatus dated(StatusChange change) {
        return new CommitmentRow.DatedStatus(change.status(), change.effectiveOn());
    }

    /** Its status on {@code day} by the effective dates of its changes; now for none. */
    ArrangementStatus statusOn(LocalDate day) {
        return day == null ? status : CommitmentRow.statusOn(statusHistory, status, day);
    }
}
