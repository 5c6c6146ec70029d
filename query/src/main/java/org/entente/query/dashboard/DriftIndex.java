package org.entente.query.dashboard;

import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementIndex;
import org.entente.query.arrangement.CommitmentEntry;
import org.entente.query.commitment.CommitmentRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the drifting deadlines in step with the arrangement documents: under every scope of an arrangement, the
 * row of each of its commitments whose deadline has moved, with the dated moves that tell the drift on any day.
 * Only a changed row is written; a row is set whole, so a repeated update writes the same again.
 */
public final class DriftIndex implements ArrangementIndex {

    private final KeyedEntries<CommitmentRow> drifts;

    public DriftIndex(KeyedEntries<CommitmentRow> drifts) {
        this.drifts = drifts;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        Map<String, CommitmentRow> previous = new HashMap<>();
        if (before != null) {
            before.commitments().forEach(c -> previous.put(c.id(), CommitmentRow.of(before, c)));
        }
        List<KeyedEntries.Change<CommitmentRow>> changes = new ArrayList<>();
        for (CommitmentEntry commitment : after.commitments()) {
            CommitmentRow row = CommitmentRow.of(after, commitment);
            CommitmentRow was = previous.get(commitment.id());
            boolean drifts = !row.deadlineMoves().isEmpty();
            boolean drifted = was != null && !was.deadlineMoves().isEmpty();
            if (row.equals(was) || !drifts && !drifted) {
                continue;
            }
            for (String scope : DashboardScopes.of(after.parties())) {
                changes.add(new KeyedEntries.Change<>(scope, row.key(), drifts ? row : null));
            }
        }
        if (!changes.isEmpty()) {
            this.drifts.write(changes);
        }
    }

    @Override
    public void clear() {
        drifts.deleteAll();
    }
}
