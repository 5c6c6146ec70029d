package org.entente.eventstore;

/**
 * One event exactly as stored, for auditing: nothing upcast, nothing deserialized. {@code previousHash}
 * and {@code hash} are null when the engine runs without a {@link StreamChain}.
 */
public record StoredEntry(String stream, long sequence, String eventId, String timestamp, String type, String revision,
                          String payload, String metaData, String previousHash, String hash) {
}
