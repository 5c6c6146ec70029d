package org.entente.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One line of an export bundle (NDJSON): a stored event with everything its hash covers, so the chain can
 * be verified without the registry. The format is described in docs/audit.md.
 */
public final class ExportBundle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportBundle() {
    }

    public static String line(String arrangementId, Document stored) {
        try {
            ObjectNode line = JSON.createObjectNode();
            line.put("arrangementId", arrangementId);
            line.put("sequence", ((Number) stored.get("sequence")).longValue());
            line.put("type", stored.getString("payloadType"));
            line.put("revision", stored.getString("payloadRevision"));
            line.put("timestamp", stored.getString("timestamp"));
            line.set("payload", JSON.readTree(stored.getString("payload")));
            line.set("metaData", JSON.readTree(stored.getString("metaData")));
            line.put("previousHash", stored.getString("previousHash"));
            line.put("hash", stored.getString("hash"));
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a line back into the stored shape the verifier checks. */
    public static Document stored(String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        return new Document("sequence", node.path("sequence").isNumber() ? node.get("sequence").longValue() : null)
                .append("payloadType", node.path("type").asText(null))
                .append("payloadRevision", node.path("revision").isNull() ? null : node.path("revision").asText(null))
                .append("payload", JSON.writeValueAsString(node.path("payload")))
                .append("metaData", JSON.writeValueAsString(node.path("metaData")))
                .append("previousHash", node.path("previousHash").asText(null))
                .append("hash", node.path("hash").asText(null));
    }
}
