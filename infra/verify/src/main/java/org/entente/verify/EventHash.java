package org.entente.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * The hash chain of a stream: each event's hash is SHA-256 over the canonical JSON of
 * {@code {type, revision, payload, metaData, sequence, previousHash}}, where {@code previousHash} is the
 * hash of the event before it (64 zeros for the first). Changing, removing or reordering any stored
 * event breaks the chain from there on. The specification is in docs/audit.md.
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventHash() {
    }

    public static String of(String type, String revision, String payloadJson, String metaDataJson, long sequence,
                            String previousHash) {
        try {
            ObjectNode node = JSON.createObjectNode();
            node.put("type", type);
            node.put("revision", revision);
            node.set("payload", JSON.readTree(payloadJson));
            node.set("metaData", JSON.readTree(metaDataJson));
            node.put("sequence", sequence);
            node.put("previousHash", previousHash);
            return sha256(CanonicalJson.of(node));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored event is not JSON", e);
        }
    }

    /** The hash the stored event should have, given the hash before it. */
    public static String of(StoredEvent event, String previousHash) {
        return of(event.type(), event.revision(), event.payload(), event.metaData(), event.sequence(), previousHash);
    }

    /**
     * SHA-256 over the canonical JSON object {stream id: head hash} of every stream. Written down, it lets
     * a party later check, stream by stream (integrity with {@code head}), that nothing before it changed.
     */
    public static String registryDigest(SortedMap<String, String> heads) {
        ObjectNode node = JSON.createObjectNode();
        heads.forEach(node::put);
        return sha256(CanonicalJson.of(node));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
