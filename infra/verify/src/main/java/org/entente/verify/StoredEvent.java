package org.entente.verify;

/**
 * One stored event with everything its hash covers, as the registry stored it: the payload and metadata
 * are JSON texts exactly as stored. Nothing here knows a database, a framework or a server.
 *
 * @param stream       the stream (aggregate) the event belongs to
 * @param sequence     its position in that stream, from 0
 * @param previousHash the hash of the stream's event before it ({@link EventHash#GENESIS} for the first)
 */
public record StoredEvent(String stream, Long sequence, String type, String revision, String timestamp, String payload,
                          String metaData, String previousHash, String hash) {
}
