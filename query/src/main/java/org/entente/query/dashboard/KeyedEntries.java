package org.entente.query.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Documents of entries under keys, each document read by id: the dashboard's read models (a scope's month of
 * milestones, a scope's drifting deadlines, a party's contacts and papers, the registry's parties). An entry is
 * set or removed on its own, so a change writes only what it changes. Implemented by the infrastructure on
 * MongoDB.
 *
 * @param <T> what an entry holds
 */
public interface KeyedEntries<T> {

    /**
     * One change: the entry {@code key} of the document {@code documentId} becomes {@code value}, or is removed when
     * it is null. A key is safe as a MongoDB field name (no dots, no leading dollar).
     */
    record Change<T>(String documentId, String key, T value) {
    }

    /** Applies the changes, in one write where the store allows; a document is created by its first entry. */
    void write(List<Change<T>> changes);

    /** The entries of the documents that exist among these, by document, then key. */
    Map<String, Map<String, T>> read(Collection<String> documentIds);

    void deleteAll();
}
