package org.entente.app.mongo;

import de.bwaldvogel.mongo.MongoServer;
import org.entente.app.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-process MongoDB wire-protocol server on a file, bound to a random loopback port. The
 * application talks to it with the official driver exactly as it would to a real MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    public static EmbeddedMongoServer start(EntenteProperties.Embedded settings) {
        Path dataFile = settings.dataFile().toAbsolutePath();
        createParentDirectories(dataFile);
        DurableH2Backend backend;
        try {
            backend = DurableH2Backend.open(dataFile, settings.syncWrites());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Cannot open the embedded data file " + dataFile
                    + " (is another Entente process using it?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.info("MongoDB: embedded server (mongo-java-server, H2 file {}, synchronous writes {}) on {}",
                dataFile, settings.syncWrites(), address);
        return new EmbeddedMongoServer(server, address, dataFile);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        log.info("MongoDB: embedded server on {} stopped, data file {} closed", address, dataFile);
    }

    private static void createParentDirectories(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for the embedded data file " + file, e);
        }
    }
}
