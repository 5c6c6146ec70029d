package org.entente.app.audit;

import org.entente.eventstore.StoredEntry;
import org.entente.eventstore.StreamChain;
import org.entente.verify.EventHash;
import org.entente.verify.StoredEvent;

import java.util.List;

/**
 * The event store chains every stream with the audit chain's hash, so what the server stores is what an
 * auditor's standalone verifier recomputes.
 */
public final class AuditChain implements StreamChain {

    public static final AuditChain INSTANCE = new AuditChain();

    private AuditChain() {
    }

    @Override
    public String genesis() {
        return EventHash.GENESIS;
    }

    @Override
    public String hash(String type, String revision, String payload, String metaData, long sequence, String previousHash) {
        return EventHash.of(type, revision, payload, metaData, sequence, previousHash);
    }

    /** The stored events of a stream in the verifier's terms. */
    public static List<StoredEvent> asStoredEvents(List<StoredEntry> entries) {
        return entries.stream().map(e -> new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(),
                e.payload(), e.metaData(), e.previousHash(), e.hash())).toList();
    }
}
