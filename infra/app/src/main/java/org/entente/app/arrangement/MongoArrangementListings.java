package org.entente.app.arrangement;

import com.mongodb.client.model.Filters;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementListings;
import org.entente.query.arrangement.ArrangementProjection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The arrangement lists in {@code arrangement_list_directories} ({@code _id} the scope) and
 * {@code arrangement_list_chunks} ({@code _id} scope#n); read by {@code _id} or {@code $in} on it. They
 * are written by the arrangement views' projection, so they are rebuilt with it.
 */
final class MongoArrangementListings implements ArrangementListings {

    static final String DIRECTORIES = "arrangement_list_directories";
    static final String CHUNKS = "arrangement_list_chunks";

    private final DocumentCollection<Directory> directories;
    private final DocumentCollection<Chunk> chunks;

    MongoArrangementListings(ReadModelCollections collections) {
        this.directories = collections.documents(ArrangementProjection.PROCESSING_GROUP, DIRECTORIES, Directory.class);
        this.chunks = collections.documents(ArrangementProjection.PROCESSING_GROUP, CHUNKS, Chunk.class);
    }

    @Override
    public Optional<Directory> directory(String scope) {
        return directories.find(scope);
    }

    @Override
    public Map<String, Directory> directories(Collection<String> scopes) {
        Map<String, Directory> found = new LinkedHashMap<>();
        if (!scopes.isEmpty()) {
            directories.findAll(Filters.in("_id", scopes)).forEach(directory -> found.put(directory.scope(), directory));
        }
        return found;
    }

    @Override
    public void saveDirectories(Collection<Directory> saved) {
        directories.saveAll(saved, Directory::scope);
    }

    @Override
    public Map<String, Chunk> chunks(Collection<String> chunkIds) {
        Map<String, Chunk> found = new LinkedHashMap<>();
        if (!chunkIds.isEmpty()) {
            chunks.findAll(Filters.in("_id", chunkIds)).forEach(chunk -> found.put(chunk.id(), chunk));
        }
        return found;
    }

    @Override
    public void saveChunks(Collection<Chunk> saved) {
        chunks.saveAll(saved, Chunk::id);
    }

    @Override
    public void deleteAll() {
        chunks.deleteAll();
        directories.deleteAll();
    }
}
