package org.entente.app.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Locale;
import java.util.Set;

/**
 * The embedded server's H2 backend, made durable per write. Left alone, H2's MVStore commits about
 * once a second, so a crash loses writes the driver has already acknowledged; a registry must lose
 * nothing, so every command that changes documents is committed (and optionally forced to disk)
 * before its reply leaves the server.
 * <p>
 * {@code findAndModify} is the exception: Entente uses it only for the event store's position
 * counter and Axon's token claims. Losing one of those in a crash is harmless (positions are reused
 * by nobody who saw them, tokens are replayed idempotently), and an MVStore commit is store-wide, so
 * the next durable write carries them to disk anyway. Skipping it halves the forced writes per command.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "createindexes", "dropindexes",
            "drop", "dropdatabase", "create", "renamecollection");

    private final boolean syncToDisk;

    DurableH2Backend(MVStore store, boolean syncToDisk) {
        super(store);
        this.syncToDisk = syncToDisk;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            makeDurable();
        }
        return reply;
    }

    private void makeDurable() {
        MVStore store = getMvStore();
        store.commit();
        if (syncToDisk) {
            store.sync();
        }
    }
}
