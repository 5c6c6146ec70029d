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
    public synchronized List<CommitmentRow> put(String bucket, CommitmentRow row) {
        Map<String, CommitmentRow> rows = buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>());
        rows.put(row.key(), row);
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized void tally(String scope, String day, Map<String, Integer> counts) {
        directories.computeIfAbsent(scope, s -> new TreeMap<>()).put(day, Map.copyOf(counts));
    }

    @Override
    public synchronized Map<String, Map<String, Integer>> tallies(String scope) {
        return Map.copyOf(directories.getOrDefault(scope, Map.of()));
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
