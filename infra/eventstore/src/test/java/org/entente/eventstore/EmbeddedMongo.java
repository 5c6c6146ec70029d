package org.entente.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;



/**
 * mongo-java-server on its H2 backend and a fresh file, reached through the real driver over TCP: the
 * server the engine runs on where no MongoDB is installed.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private EmbeddedMongo(MongoServer server, MongoClient client) {
        this.server = server;
        this.client = client;
    }

    static EmbeddedMongo start() {
        try {
            String file = Files.createTempDirectory("entente-eventstore").resolve("store.mv").toString();
            MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file).open()));
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            return new EmbeddedMongo(server, MongoClients.create("mongodb://127.0.0.1:" + address.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MongoDatabase database() {
        return client.getDatabase("eventstore");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
