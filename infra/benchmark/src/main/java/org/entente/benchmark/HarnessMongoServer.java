package org.entente.benchmark;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One mongo-java-server on an H2 file, in the harness's own process, which the builds under comparison reach
 * over TCP, each in its own database. Writes are made durable one by one as the application's embedded server
 * makes them (committed, and forced to disk unless told otherwise), so both builds pay what they would pay
 * against the application's own server. That server's backend is not public, hence this copy of its rule.
 */
final class HarnessMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private HarnessMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    static HarnessMongoServer start(Path dataFile, boolean syncWrites) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).open();
        MongoServer server = new MongoServer(new DurableBackend(store, syncWrites));
        server.bind("127.0.0.1", 0);
        return new HarnessMongoServer(server, server.getLocalAddress());
    }

    String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    String uri(String database) {
        return uri() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    /** Commits after every command that changes documents, as the application's embedded server does. */
    private static final class DurableBackend extends H2Backend {

        private static final Set<String> WRITE_COMMANDS = Set.of(
                "insert", "update", "delete", "createindexes", "dropindexes",
                "drop", "dropdatabase", "create", "renamecollection");

        private final boolean syncToDisk;

        DurableBackend(MVStore store, boolean syncToDisk) {
            super(store);
            this.syncToDisk = syncToDisk;
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            Document reply = super.handleCommand(channel, databaseName, command, query);
            if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
                MVStore store = getMvStore();
                store.commit();
                if (syncToDisk) {
                    store.sync();
                }
            }
            return reply;
        }
    }
}
