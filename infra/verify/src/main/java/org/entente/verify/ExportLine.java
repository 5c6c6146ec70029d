package org.entente.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One line of an export bundle (NDJSON): a stored event with everything its hash covers, so the chain can
 * be verified without the registry. The payload and metadata are written as stored, numbers included.
 * The format is described in docs/audit.md.
 */
public final class ExportLine {

    private ExportLine() {
    }

    public static String write(StoredEvent event) {
        return JsonText.write(out -> {
            out.writeStartObject();
            out.writeStringField("arrangementId", event.stream());
            out.writeFieldName("sequence");
            if (event.sequence() == null) {
                out.writeNull();
            } else {
                out.writeNumber(event.sequence());
            }
            out.writeStringField("type", event.type());
            out.writeStringField("revision", event.revision());
            out.writeStringField("timestamp", event.timestamp());
            json(out, "payload", event.payload());
            json(out, "metaData", event.metaData());
            out.writeStringField("previousHash", event.previousHash());
            out.writeStringField("hash", event.hash());
            out.writeEndObject();
        });
    }

    /**
     * Reads a line back into the stored shape the verifier checks. A member that is absent reads as null.
     *
     * @throws IOException when the line is not JSON, or not one JSON object whose members have the types above
     */
    public static StoredEvent read(String line) throws IOException {
        Map<String, Object> members = new HashMap<>();
        try (JsonParser in = JsonText.FACTORY.createParser(line)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an export line: not a JSON object");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                members.put(name, member(name, in));
            }
            if (in.nextToken() != null) {
                throw new IOException("not an export line: more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            // Jackson's own wording names its internals; the line number is what a reader can act on.
            boolean duplicate = e.getOriginalMessage().startsWith("Duplicate field");
            throw new IOException(duplicate ? "not an export line: " + e.getOriginalMessage() : "not JSON", e);
        }
        return new StoredEvent((String) members.get("arrangementId"), (Long) members.get("sequence"),
                (String) members.get("type"), (String) members.get("revision"), (String) members.get("timestamp"),
                (String) members.get("payload"), (String) members.get("metaData"),
                (String) members.get("previousHash"), (String) members.get("hash"));
    }

    private static Object member(String name, JsonParser in) throws IOException {
        return switch (name) {
            case "payload", "metaData" -> JsonText.valueText(in);
            case "sequence" -> sequence(in);
            case "arrangementId", "type", "revision", "timestamp", "previousHash", "hash" -> text(name, in);
            default -> {
                in.skipChildren();
                yield null;
            }
        };
    }

    private static Long sequence(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT || in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new IOException("not an export line: sequence is not a whole number");
        }
        return in.getLongValue();
    }

    private static String text(String name, JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException("not an export line: " + name + " is not a string");
        }
        return in.getText();
    }

    private static void json(JsonGenerator out, String name, String stored) throws IOException {
        out.writeFieldName(name);
        if (stored == null) {
            out.writeNull();
            return;
        }
        try {
            JsonText.copyDocument(stored, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored " + name + " is not JSON", e);
        }
    }
}
