package org.entente.query.arrangement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@link SearchTokens} in memory. */
public final class InMemorySearchTokens implements SearchTokens {

    private final Map<String, Set<String>> arrangementsByKey = new HashMap<>();

    @Override
    public synchronized void change(String arrangementId, Collection<String> added, Collection<String> removed) {
        added.forEach(key -> arrangementsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(arrangementId));
        removed.forEach(key -> arrangementsByKey.getOrDefault(key, new HashSet<>()).remove(arrangementId));
    }

    @Override
    public synchronized Set<String> arrangementsWithAll(Collection<String> keys) {
        Set<String> found = null;
        for (String key : keys) {
            Set<String> holding = arrangementsByKey.getOrDefault(key, Set.of());
            if (found == null) {
                found = new HashSet<>(holding);
            } else {
                found.retainAll(holding);
            }
        }
        return found == null ? Set.of() : Set.copyOf(found);
    }

    @Override
    public synchronized void deleteAll() {
        arrangementsByKey.clear();
    }
}
