package org.entente.app.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.entente.app.EntenteProperties;
import org.entente.app.testing.FreshEmbeddedStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The embedded server on a fresh file, reached through the real driver over TCP, for tests that need
 * MongoDB without the whole application.
 */
public final class TestMongo implements AutoCloseable {

    private final EmbeddedMongoServer server;
    private final MongoClient client;

    private TestMongo(EmbeddedMongoServer server) {
        this.server = server;
        this.client = MongoClients.create(server.connectionString());
    }

    /** The embedded server on a data file the application wrote, while no application has it open. */
    public static TestMongo on(Path file) {
        return new TestMongo(EmbeddedMongoServer.start(new EntenteProperties.Embedded(file, true)));
    }

    public static TestMongo start(boolean syncWrites) {
        Path file = FreshEmbeddedStore.newDataFile("entente-store");
        return new TestMongo(EmbeddedMongoServer.start(new EntenteProperties.Embedded(file, syncWrites)));
    }

    /** The read-model collections of a database as the application looks them up, for a store tested alone. */
    public static ReadModelCollections readModels(MongoDatabase database) {
        return new ReadModelCollections(database, QueryIndexes.forServer(true), Clock.systemUTC(), Duration.ofSeconds(1),
                Duration.ofMinutes(1));
    }

    public MongoDatabase database() {
        return client.getDatabase("entente");
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
