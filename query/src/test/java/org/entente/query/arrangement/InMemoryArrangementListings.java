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
    public synchronized Map<String, Directory> directories(Collection<String> scopes) {
        Map<String, Directory> found = new LinkedHashMap<>();
        scopes.forEach(scope -> {
            if (directories.containsKey(scope)) {
                found.put(scope, directories.get(scope));
            }
        });
        return found;
    }

    @Override
    public synchronized void saveDirectories(Collection<Directory> saved) {
        saved.forEach(directory -> directories.put(directory.scope(), directory));
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
    public synchronized void saveChunks(Collection<Chunk> saved) {
        saved.forEach(chunk -> chunks.put(chunk.id(), chunk));
    }

    @Override
    public synchronized void deleteAll() {
        directories.clear();
        chunks.clear();
    }
}
