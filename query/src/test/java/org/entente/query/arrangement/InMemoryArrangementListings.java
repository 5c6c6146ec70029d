package org.entente.query.arrangement;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ArrangementListings} in memory; entries, chunks and directories are immutable records. */
public final class InMemoryArrangementListings implements ArrangementListings {

    private final Map<String, Directory> directories = new HashMap<>();
    private final Map<String, Chunk> chunks = new HashMap<>();

    @Override
    public synchronized Optional<Directory> directory(String scope) {
        return Optional.ofNullable(directories.get(scope));
    }

    @Override
    public synchronized void save(Directory directory) {
        directories.put(directory.scope(), directory);
    }

    @Override
    public synchronized Map<String, Chunk> chunks(Collection<String> chunkIds) {
        Map<String, Chunk> found = new LinkedHashMap<>();
        chunkIds.forEach(id -> {
            if (chunks.containsKey(id)) {
                found.put(id, chunks.get(id));
            }
        });
        return found;
    }

    @Override
    public synchronized void save(Chunk chunk) {
        chunks.put(chunk.id(), chunk);
    }

    @Override
    public synchronized void deleteAll() {
        directories.clear();
        chunks.clear();
    }
}
