package org.entente.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * The hash chain of a stream: each event's hash is SHA-256 over the RFC 8785 (JCS) canonical JSON of
 * {@code {type, revision, payload, metaData, sequence, previousHash}}, where {@code previousHash} is the
 * hash of the event before it (64 zeros for the first). Changing, removing or reordering any stored
 * event breaks the chain from there on. The specification is in docs/audit.md.
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);

    private EventHash() {
    }

    /**
     * @throws IllegalArgumentException when the payload or metadata is not one JSON value, or some text has
     *                                  no canonical form (an unpaired UTF-16 surrogate, a duplicate member
     *                                  name, a number beyond the range of a double)
     */
    public static String of(String type, String revision, String payloadJson, String metaDataJson, long sequence,
                            String previousHash) {
        return sha256(canonical(hashInput(type, revision, payloadJson, metaDataJson, sequence, previousHash)));
    }

    /** The hash the stored event should have, given the hash before it. */
    public static String of(StoredEvent event, String previousHash) {
        if (event.sequence() == null) {
            throw new IllegalArgumentException("A stored event without a sequence number has no hash");
        }
        return of(event.type(), event.revision(), event.payload(), event.metaData(), event.sequence(), previousHash);
    }

    /**
     * SHA-256 over the canonical JSON object {stream id: head hash} of every stream. Written down, it lets
     * a party later check, stream by stream (integrity with {@code head}), that nothing before it changed.
     */
    public static String registryDigest(SortedMap<String, String> heads) {
        return sha256(canonical(JsonText.write(out -> {
            out.writeStartObject();
            for (var head : heads.entrySet()) {
                out.writeStringField(head.getKey(), head.getValue());
            }
            out.writeEndObject();
        })));
    }

    /** The text the hash covers, before canonicalization: member order and number spelling do not matter yet. */
    static String hashInput(String type, String revision, String payloadJson, String metaDataJson, long sequence,
                            String previousHash) {
        return JsonText.write(out -> {
            out.writeStartObject();
            out.writeStringField("type", type);
            out.writeStringField("revision", revision);
            out.writeFieldName("payload");
            copy("payload", payloadJson, out);
            out.writeFieldName("metaData");
            copy("metaData", metaDataJson, out);
            out.writeNumberField("sequence", sequence);
            out.writeStringField("previousHash", previousHash);
            out.writeEndObject();
        });
    }

    /** RFC 8785, through the library; refuses what RFC 8785 gives no form to. */
    static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new IllegalArgumentException("The event has no canonical JSON form: " + e.getMessage(), e);
        }
    }

    private static void copy(String member, String json, JsonGenerator out) throws IOException {
        if (json == null) {
            throw new IllegalArgumentException("The event's " + member + " is missing");
        }
        try {
            JsonText.copyDocument(json, out);
        } catch (IOException e) {
            throw new IllegalArgumentException("The event's " + member + " is not JSON: " + e.getMessage(), e);
        }
    }

    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8(canonical)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Java's own conversion would put a replacement character where a lone surrogate stands, and so hash
     * text that was never stored; such text has no UTF-8 form and no canonical form.
     */
    private static byte[] utf8(String canonical) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(canonical));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The event holds text that is not valid Unicode (an unpaired "
                    + "UTF-16 surrogate, " + unpairedSurrogate(canonical) + "); it has no canonical form", e);
        }
    }

    private static String unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("U+%04X", (int) c);
            }
        }
        return "unknown";
    }
}
