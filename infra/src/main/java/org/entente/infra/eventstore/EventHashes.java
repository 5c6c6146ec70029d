package org.entente.infra.eventstore;

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
 * The hash chain of an arrangement's stream: each event's hash is SHA-256 over the canonical JSON of
 * {@code {type, revision, payload, metaData, sequence, previousHash}}, where {@code previousHash} is the
 * hash of the event before it (64 zeros for the first). Changing, removing or reordering any stored
 * event breaks the chain from there on.
 */
public final class EventHashes {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventHashes() {
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

    public static String hash(String type, String revision, String payloadJson, String metaDataJson, long sequence,
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
}
