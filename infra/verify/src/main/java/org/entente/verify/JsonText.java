package org.entente.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Moves JSON values between texts token by token. Numbers keep the text they were written with, so what
 * is exported is what was stored, and the canonicalizer alone decides how a number is normalized.
 */
final class JsonText {

    /** Two members of one name would let two readers see two different events in one text. */
    static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonText() {
    }

    interface Writing {
        void to(JsonGenerator out) throws IOException;
    }

    static String write(Writing writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to memory failed", e);
        }
        return text.toString();
    }

    /** Copies the one JSON value {@code json} holds; anything after it makes the text not JSON. */
    static void copyDocument(String json, JsonGenerator out) throws IOException {
        try (JsonParser in = FACTORY.createParser(json)) {
            if (in.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            copyValue(in, out);
            if (in.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
        }
    }

    /** Copies the value that starts at the parser's current token, leaving the parser on its last token. */
    static void copyValue(JsonParser in, JsonGenerator out) throws IOException {
        int depth = 0;
        do {
            JsonToken token = in.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException("unexpected " + token);
            }
        } while (depth > 0 && in.nextToken() != null);
        if (depth > 0) {
            throw new IOException("the text ends inside a value");
        }
    }

    /** The value at the parser's current token as compact JSON text. */
    static String valueText(JsonParser in) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            copyValue(in, out);
        }
        return text.toString();
    }
}
