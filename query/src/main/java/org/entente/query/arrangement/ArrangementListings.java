package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arrangement lists in title order, one per scope (the registry, each party's arrangements), kept as
 * chunks of consecutive entries and a directory of the chunks with their counts. Implemented by the
 * infrastructure on MongoDB, every read and write by {@code _id}.
 */
public interface ArrangementListings {

    Optional<Directory> directory(String scope);

    /** The directories among these scopes that exist, by scope. */
    Map<String, Directory> directories(Collection<String> scopes);

    /** Stores the directories, each replacing the one of its scope, in one write where the store allows. */
    void saveDirectories(Collection<Directory> directories);

    /** The chunks among these ids that exist, by id. */
    Map<String, Chunk> chunks(Collection<String> chunkIds);

    /** Stores the chunks, each replacing the one of its id, in one write where the store allows. */
    void saveChunks(Collection<Chunk> chunks);

    void deleteAll();

    /** One arrangement in a list: what it is ordered by and what a list filters on. */
    record Entry(String title, String id, ArrangementStatus status, List<String> parties) {
    }

    /** Consecutive entries of one list, in title order. */
    record Chunk(String id, List<Entry> entries) {
    }

    /**
     * A chunk's place in its list: it holds the entries from its first key (none: from the start) up to the
     * next chunk's first key, and how many of them are in each status.
     */
    record ChunkRef(String chunkId, String firstTitle, String firstId, Map<ArrangementStatus, Integer> counts) {
    }

    /** A list's chunks in order, and the number its next new chunk will take. */
    record Directory(String scope, int nextChunk, List<ChunkRef> chunks) {
    }
}
