package org.entente.app.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded server's H2 backend, made durable and crash-consistent per write. Left alone, H2's MVStore
 * commits about once a second, so a crash loses writes the driver has already acknowledged; a registry must
 * lose nothing, so every command that changes documents is committed (and optionally forced to disk) before
 * its reply leaves the server.
 * <p>
 * A commit must also never store half a command. One insert changes several of MVStore's maps one after the
 * other (the documents, then each index), and an MVStore commit stores whatever each map holds at that moment:
 * a commit made while another command is between two maps, followed by a crash before that command's own
 * commit, leaves a document on disk that its indexes do not know (found by a scan, missed by every lookup by
 * {@code _id} or by the event log's position). So commands that change documents run side by side, but never
 * while a commit is being made; and the only commits are these, since MVStore's own (a background one every
 * second, and one inside a write once a megabyte is unsaved) would come at any moment. The housekeeping that
 * MVStore's background thread did, rewriting sparsely used parts of the file so their space can be reused, is
 * done here too, at a commit.
 * <p>
 * {@code findAndModify} changes documents but is not made durable on its own: Entente uses it only for the
 * event store's position counter and Axon's token claims. Losing one of those in a crash is harmless
 * (positions are reused by nobody who saw them, tokens are replayed idempotently), and a commit is store-wide,
 * so the next durable write carries them to disk anyway. Skipping it halves the forced writes per command.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "createindexes", "dropindexes",
            "drop", "dropdatabase", "create", "renamecollection");
    private static final String FIND_AND_MODIFY = "findandmodify";

    /** MVStore's own default for how full the file's parts should be kept. */
    private static final int TARGET_FILL_RATE = 90;
    private static final int HOUSEKEEPING_EVERY_COMMITS = 256;
    private static final int HOUSEKEEPING_BYTES = 1024 * 1024;

    private final boolean syncToDisk;
    /** Shared by commands that change documents, held alone by a commit. */
    private final ReentrantReadWriteLock commitBoundary = new ReentrantReadWriteLock();
    private final AtomicLong commits = new AtomicLong();

    private DurableH2Backend(MVStore store, boolean syncToDisk) {
        super(store);
        this.syncToDisk = syncToDisk;
    }

    /**
     * Opens (or creates) the data file.
     *
     * @throws IllegalStateException when the file cannot be opened, for instance because another process has it open
     */
    static DurableH2Backend open(Path dataFile, boolean syncToDisk) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        return new DurableH2Backend(store, syncToDisk);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        boolean write = WRITE_COMMANDS.contains(name);
        if (!write && !FIND_AND_MODIFY.equals(name)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document reply;
        Lock changing = commitBoundary.readLock();
        changing.lock();
        try {
            reply = super.handleCommand(channel, databaseName, command, query);
        } finally {
            changing.unlock();
        }
        if (write) {
            makeDurable();
        }
        return reply;
    }

    private void makeDurable() {
        MVStore store = getMvStore();
        Lock committing = commitBoundary.writeLock();
        committing.lock();
        try {
            store.commit();
            if (commits.incrementAndGet() % HOUSEKEEPING_EVERY_COMMITS == 0) {
                store.compact(TARGET_FILL_RATE, HOUSEKEEPING_BYTES);
            }
        } finally {
            committing.unlock();
        }
        // Forcing the file to disk needs no boundary: it only makes lasting what the commits already wrote.
        if (syncToDisk) {
            store.sync();
        }
    }
}
