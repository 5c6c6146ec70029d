package org.entente.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One line of an export bundle (NDJSON): a stored event with everything its hash covers, so the chain can
 * be verified without the registry. The format is described in docs/audit.md.
 */
public final class ExportLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportLine() {
    }

    public static String write(StoredEvent event) {
        try {
            ObjectNode line = JSON.createObjectNode();
            line.put("arrangementId", event.stream());
            line.put("sequence", event.sequence());
            line.put("type", event.type());
            line.put("revision", event.revision());
            line.put("timestamp", event.timestamp());
            line.set("payload", JSON.readTree(event.payload()));
            line.set("metaData", JSON.readTree(event.metaData()));
            line.put("previousHash", event.previousHash());
            line.put("hash", event.hash());
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a line back into the stored shape the verifier checks. */
    public static StoredEvent read(String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        return new StoredEvent(node.path("arrangementId").asText(null),
                node.path("sequence").isNumber() ? node.get("sequence").longValue() : null,
                node.path("type").asText(null),
                node.path("revision").isNull() ? null : node.path("revision").asText(null),
                node.path("timestamp").asText(null),
                JSON.writeValueAsString(node.path("payload")),
                JSON.writeValueAsString(node.path("metaData")),
                node.path("previousHash").asText(null),
                node.path("hash").asText(null));
    }
}
