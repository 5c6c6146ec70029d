package org.entente.query.commitment;

import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementIndex;
import org.entente.query.arrangement.CommitmentEntry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the commitment buckets in step with the arrangement documents. A row is written to every
 * bucket of its scopes and of every due date it has had; only a changed row is written. After a bucket
 * changes its day's tallies are counted again from the bucket itself, so a repeated update leaves the
 * same tallies rather than counting twice.
 */
public final class CommitmentIndex implements ArrangementIndex {

    private final CommitmentBuckets buckets;

    public CommitmentIndex(CommitmentBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        Map<String, CommitmentRow> previous = new HashMap<>();
        if (before != null) {
            before.commitments().forEach(c -> previous.put(c.id(), CommitmentRow.of(before, c)));
        }
        for (CommitmentEntry commitment : after.commitments()) {
            CommitmentRow row = CommitmentRow.of(after, commitment);
            if (!row.equals(previous.get(commitment.id()))) {
                write(row);
            }
        }
    }

    @Override
    public void clear() {
        buckets.deleteAll();
    }

    private void write(CommitmentRow row) {
        for (String scope : CommitmentScope.of(row)) {
            for (LocalDate dueDate : row.dueDates()) {
                String day = CommitmentScope.day(dueDate);
                List<CommitmentRow> rows = buckets.put(CommitmentScope.bucket(scope, day), row);
                buckets.tally(scope, day, tallies(rows, dueDate));
            }
        }
    }

    /** How many rows of the bucket are due on its day now, by tally; rows moved to another day are not counted. */
    static Map<String, Integer> tallies(List<CommitmentRow> rows, LocalDate dueDate) {
        Map<String, Integer> tallies = new TreeMap<>();
        for (CommitmentRow row : rows) {
            if (java.util.Objects.equals(row.dueBy(), dueDate)) {
                tallies.merge(row.now().tally(), 1, Integer::sum);
            }
        }
        return tallies;
    }
}
