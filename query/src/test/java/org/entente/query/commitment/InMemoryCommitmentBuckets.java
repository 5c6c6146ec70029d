package org.entente.query.commitment;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link CommitmentBuckets} in memory; rows are immutable records, so sharing them is safe. */
public final class InMemoryCommitmentBuckets implements CommitmentBuckets {

    private final Map<String, Map<String, CommitmentRow>> buckets = new HashMap<>();
    private final Map<String, Map<String, Map<String, Integer>>> directories = new HashMap<>();

    @Override
    public synchronized void put(Map<String, List<CommitmentRow>> rowsByBucket) {
        rowsByBucket.forEach((bucket, rows) -> rows.forEach(row ->
                buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).put(row.key(), row)));
    }

    @Override
    public synchronized void tally(Map<String, Map<String, Map<String, Integer>>> talliesByScope) {
        talliesByScope.forEach((scope, days) -> days.forEach((day, counts) ->
                directories.computeIfAbsent(scope, s -> new TreeMap<>()).put(day, Map.copyOf(counts))));
    }

    @Override
    public synchronized Map<String, Map<String, Integer>> tallies(String scope) {
        return Map.copyOf(directories.getOrDefault(scope, Map.of()));
    }

    @Override
    public synchronized Map<String, Map<String, String>> marks(Collection<String> bucketIds) {
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        bucketIds.forEach(id -> {
            if (buckets.containsKey(id)) {
                Map<String, String> marks = new LinkedHashMap<>();
                buckets.get(id).forEach((key, row) -> marks.put(key, row.mark()));
                found.put(id, marks);
            }
        });
        return found;
    }

    @Override
    public synchronized Map<String, List<CommitmentRow>> rows(Collection<String> bucketIds) {
        Map<String, List<CommitmentRow>> found = new LinkedHashMap<>();
        bucketIds.forEach(id -> {
            if (buckets.containsKey(id)) {
                found.put(id, List.copyOf(buckets.get(id).values()));
            }
        });
        return found;
    }

    @Override
    public synchronized void deleteAll() {
        buckets.clear();
        directories.clear();
    }
}
