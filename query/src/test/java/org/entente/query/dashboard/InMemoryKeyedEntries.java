package org.entente.query.dashboard;

import org.entente.query.StoredCopy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@link KeyedEntries} in memory, keeping and answering copies as a serialising store does. */
public final class InMemoryKeyedEntries<T> implements KeyedEntries<T> {

    private final Map<String, Map<String, T>> documents = new TreeMap<>();

    @Override
    public synchronized void write(java.util.List<Change<T>> changes) {
        for (Change<T> change : changes) {
            Map<String, T> entries = documents.computeIfAbsent(change.documentId(), id -> new TreeMap<>());
            if (change.value() == null) {
                entries.remove(change.key());
            } else {
                entries.put(change.key(), StoredCopy.of(change.value()));
            }
        }
    }

    @Override
    public synchronized Map<String, Map<String, T>> read(Collection<String> documentIds) {
        Map<String, Map<String, T>> found = new LinkedHashMap<>();
        documentIds.forEach(id -> {
            if (documents.containsKey(id)) {
                Map<String, T> entries = new TreeMap<>();
                documents.get(id).forEach((key, value) -> entries.put(key, StoredCopy.of(value)));
                found.put(id, entries);
            }
        });
        return found;
    }

    @Override
    public synchronized void deleteAll() {
        documents.clear();
    }

    /** Everything stored, by document, then key. */
    public synchronized Map<String, Map<String, T>> all() {
        return read(documents.keySet());
    }
}
