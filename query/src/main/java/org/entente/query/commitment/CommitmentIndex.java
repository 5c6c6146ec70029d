package org.entente.query.commitment;

import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementIndex;
import org.entente.query.arrangement.CommitmentEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the commitment buckets in step with the arrangement documents. A row is written to every
 * bucket of its scopes and of every due date it has had; only a changed row is written. An update reads
 * the marks of the parts of the days it changes (a row's due day and tally, not the row), finds the part
 * each row is in (or the first with room), writes the rows in one batch, and then the tallies of those
 * parts, counted again from their marks: a repeated update leaves the same tallies rather than counting
 * twice, and one cut short between the two batches is finished by the redelivered event. One
 * projection thread writes the buckets, so nothing changes them between the read and the writes.
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
        // The days of each scope the changed rows are filed under, and the rows for each.
        Map<String, List<CommitmentRow>> rowsOfDay = new LinkedHashMap<>();
        for (CommitmentEntry commitment : after.commitments()) {
            CommitmentRow row = CommitmentRow.of(after, commitment);
            if (!row.equals(previous.get(commitment.id()))) {
                for (String scope : CommitmentScope.of(row)) {
                    for (LocalDate dueDate : row.dueDates()) {
                        rowsOfDay.computeIfAbsent(CommitmentScope.bucket(scope, CommitmentScope.day(dueDate)), d -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        if (rowsOfDay.isEmpty()) {
            return;
        }
        Map<String, Map<String, String>> marks = partsOf(rowsOfDay.keySet());
        Map<String, List<CommitmentRow>> puts = new LinkedHashMap<>();
        rowsOfDay.forEach((scopeAndDay, rows) -> rows.forEach(row -> {
            String bucket = bucketFor(scopeAndDay, row, marks);
            marks.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).put(row.key(), row.mark());
            puts.computeIfAbsent(bucket, b -> new ArrayList<>()).add(row);
        }));
        buckets.put(puts);
        Map<String, Map<String, Map<String, Integer>>> tallies = new LinkedHashMap<>();
        puts.keySet().forEach(bucket -> {
            String scope = bucket.substring(0, bucket.lastIndexOf('|'));
            String part = bucket.substring(bucket.lastIndexOf('|') + 1);
            tallies.computeIfAbsent(scope, s -> new LinkedHashMap<>())
                    .put(part, tallies(marks.get(bucket).values(), CommitmentScope.dayOf(part)));
        });
        buckets.tally(tallies);
    }

    /**
     * The marks of every part of these days (each "scope|day") that exists, by bucket: read a few parts at a time
     * until a day's parts run out.
     */
    private Map<String, Map<String, String>> partsOf(Collection<String> scopeDays) {
        Map<String, Map<String, String>> marks = new LinkedHashMap<>();
        List<String> open = new ArrayList<>(scopeDays);
        for (int from = 0; !open.isEmpty(); from += CommitmentScope.PARTS_PER_READ) {
            List<String> ids = new ArrayList<>();
            for (String scopeDay : open) {
                for (int n = from; n < from + CommitmentScope.PARTS_PER_READ; n++) {
                    ids.add(partBucket(scopeDay, n));
                }
            }
            Map<String, Map<String, String>> found = buckets.marks(ids);
            marks.putAll(found);
            int last = from + CommitmentScope.PARTS_PER_READ - 1;
            open = open.stream().filter(scopeDay -> found.containsKey(partBucket(scopeDay, last))).toList();
        }
        return marks;
    }

    /** The part the row is in, else the first with room, else a new one after the last. */
    private static String bucketFor(String scopeDay, CommitmentRow row, Map<String, Map<String, String>> marks) {
        String withRoom = null;
        for (int n = 0; ; n++) {
            String bucket = partBucket(scopeDay, n);
            Map<String, String> part = marks.get(bucket);
            if (part == null) {
                return withRoom != null ? withRoom : bucket;
            }
            if (part.containsKey(row.key())) {
                return bucket;
            }
            if (withRoom == null && part.size() < CommitmentScope.ROWS_PER_PART) {
                withRoom = bucket;
            }
        }
    }

    private static String partBucket(String scopeDay, int n) {
        int bar = scopeDay.lastIndexOf('|');
        return CommitmentScope.bucket(scopeDay.substring(0, bar), CommitmentScope.part(scopeDay.substring(bar + 1), n));
    }

    @Override
    public void clear() {
        buckets.deleteAll();
    }

    /** How many rows of the bucket are due on its day now, by tally; rows moved to another day are not counted. */
    static Map<String, Integer> tallies(Collection<String> marks, String day) {
        Map<String, Integer> tallies = new TreeMap<>();
        for (String mark : marks) {
            int bar = mark.indexOf('|');
            if (mark.substring(0, bar).equals(day)) {
                tallies.merge(mark.substring(bar + 1), 1, Integer::sum);
            }
        }
        return tallies;
    }
}
