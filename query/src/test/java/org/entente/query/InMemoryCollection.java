package org.entente.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Documents of one type in a map by id, keeping and answering copies as a serialising store does (see
 * {@link StoredCopy}); the in-memory stores of the read-model ports keep their documents here.
 */
public final class InMemoryCollection<T> {

    private final Map<String, T> byId = new TreeMap<>();
    private final Function<T, String> idOf;

    public InMemoryCollection(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(StoredCopy::of);
    }

    /** The documents that pass the filter, in id order. */
    public List<T> matching(Predicate<? super T> filter) {
        return byId.values().stream().filter(filter).map(StoredCopy::of).toList();
    }

    /** Inserts or replaces the document with the same id. */
    public void save(T document) {
        byId.put(idOf.apply(document), StoredCopy.of(document));
    }

    public void deleteAll() {
        byId.clear();
    }

    /** Everything stored, in id order. */
    public List<T> all() {
        return matching(document -> true);
    }
}
