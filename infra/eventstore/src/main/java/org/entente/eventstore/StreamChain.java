package org.entente.eventstore;

/**
 * Tamper evidence, if wanted: every stored event of a stream carries a hash over its content and the
 * hash of the event before it, so changing, removing or reordering a stored event shows. The engine
 * stores and chains the hashes; what a hash is computed over is the chain's business.
 */
public interface StreamChain {

    /** What the first event of a stream links to. */
    String genesis();

    /**
     * The hash of an event as it is stored: its serialized payload and metadata are exactly the texts
     * that go into the database.
     */
    String hash(String type, String revision, String payload, String metaData, long sequence, String previousHash);
}
