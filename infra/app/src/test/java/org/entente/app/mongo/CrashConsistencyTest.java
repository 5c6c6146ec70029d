package org.entente.app.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.entente.app.testing.FreshEmbeddedStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash leaves in the embedded store's file is whole commands only. The crash is MVStore's
 * {@code closeImmediately}, which writes nothing more, as a killed process does not; it comes while eight clients
 * insert documents with a unique index of their own, as the event log's commits have. Before commits were kept
 * apart from commands, about one crash in eight left a document its indexes did not know.
 */
class CrashConsistencyTest {

    private static final int CRASHES = 20;
    private static final int CLIENTS = 8;

    @Test
    void after_a_crash_every_stored_document_is_found_through_each_of_its_indexes_and_nothing_else_is() throws Exception {
        Random random = new Random();
        List<String> inconsistencies = new ArrayList<>();
        for (int crash = 0; crash < CRASHES; crash++) {
            Path file = FreshEmbeddedStore.newDataFile("entente-crash");
            long attempted = insertUntilCrash(file, 50 + random.nextInt(250));
            List<String> found = inconsistenciesAfterRestart(file, attempted);
            inconsistencies.addAll(found);
            if (found.isEmpty()) {
                // A file that shows an inconsistency is kept for a look at it; the others are not needed.
                Files.delete(file);
                Files.delete(file.getParent());
            }
        }
        assertThat(inconsistencies).isEmpty();
    }

    /** @return how many positions were handed to the clients (the last few of them never stored) */
    private static long insertUntilCrash(Path file, int crashAfterMillis) throws InterruptedException {
        DurableH2Backend backend = DurableH2Backend.open(file, false);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        AtomicLong next = new AtomicLong();
        AtomicBoolean crashed = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> commits = client.getDatabase("entente").getCollection("commits");
            commits.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
            for (int c = 0; c < CLIENTS; c++) {
                Thread thread = new Thread(() -> {
                    while (!crashed.get()) {
                        long position = next.getAndIncrement();
                        try {
                            commits.insertOne(new Document("_id", "commit-" + position).append("position", position)
                                    .append("events", "e".repeat(200)));
                        } catch (RuntimeException afterTheCrash) {
                            return;
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            Thread.sleep(crashAfterMillis);
            backend.getMvStore().closeImmediately();
            crashed.set(true);
            server.shutdownNow();
            for (Thread thread : clients) {
                thread.join();
            }
        }
        return next.get();
    }

    private static List<String> inconsistenciesAfterRestart(Path file, long attempted) {
        DurableH2Backend backend = DurableH2Backend.open(file, false);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        List<String> inconsistencies = new ArrayList<>();
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> commits = client.getDatabase("entente").getCollection("commits");
            Set<Long> stored = new HashSet<>();
            commits.find().forEach(document -> stored.add(document.getLong("position")));
            for (long position = 0; position < attempted; position++) {
                boolean byPosition = commits.find(Filters.eq("position", position)).first() != null;
                boolean byId = commits.find(Filters.in("_id", List.of("commit-" + position))).first() != null;
                if (byPosition != stored.contains(position) || byId != stored.contains(position)) {
                    inconsistencies.add(file + ": commit " + position + (stored.contains(position) ? " stored" : " not stored")
                            + ", found by its position " + byPosition + ", by its id " + byId);
                }
            }
        } finally {
            server.shutdownNow();
        }
        return inconsistencies;
    }

    /**
     * A connection the server accepted as it shut down is never answered nor closed; without a read timeout a
     * client would wait for it forever.
     */
    private static MongoClient clientOf(MongoServer server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                .applyToSocketSettings(socket -> socket.readTimeout(10, TimeUnit.SECONDS))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }
}
