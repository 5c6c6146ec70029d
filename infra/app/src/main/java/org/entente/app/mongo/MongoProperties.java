package org.entente.app.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the registry keeps its data. With no {@code uri} (environment: {@code ENTENTE_MONGODB_URI}) the
 * application runs its own embedded server on a file; with one it uses that MongoDB and starts nothing.
 *
 * @param uri        a MongoDB connection string; blank means embedded
 * @param database   the database name when the URI names none
 * @param embedded   settings of the embedded server
 */
@ConfigurationProperties("entente.mongodb")
public record MongoProperties(String uri, String database, Embedded embedded) {

    public MongoProperties {
        database = database == null || database.isBlank() ? "entente" : database;
        embedded = embedded == null ? new Embedded(null, true) : embedded;
    }

    /**
     * @param dataFile   the H2 MVStore file that holds everything
     * @param syncWrites whether every write is forced to disk before it is acknowledged; turning it off
     *                   trades the last second of acknowledged writes on a crash for speed
     */
    public record Embedded(Path dataFile, Boolean syncWrites) {
        public Embedded {
            dataFile = dataFile == null ? Path.of("data", "entente.mv") : dataFile;
            syncWrites = syncWrites == null || syncWrites;
        }
    }
}
