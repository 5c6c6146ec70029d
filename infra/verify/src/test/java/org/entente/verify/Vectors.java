package org.entente.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The committed vectors under src/test/resources/vectors, and the verdicts they must give (verdicts.tsv). */
final class Vectors {

    /** Where the vectors are committed, for the generator that writes the tampered ones. */
    static final Path SOURCE_DIRECTORY = Path.of("src", "test", "resources", "vectors");

    private static final Pattern VERIFIED = Pattern.compile("VERIFIED: (\\d+) events, head (\\p{XDigit}{64})");
    private static final Pattern BROKEN = Pattern.compile("BROKEN at (?:line \\d+|end of file) \\(sequence (\\d+)\\): (.+)");
    private static final Pattern UNREADABLE_LINE = Pattern.compile("BROKEN at line (\\d+): (.+)");

    private Vectors() {
    }

    /** One row of verdicts.tsv: a vector, the published head given with it (or none), and what must come out. */
    record Expectation(String vector, String head, int exitCode, String output) {

        List<String> arguments() {
            String file = path(vector).toString();
            return head == null ? List.of(file) : List.of(file, "--head", head);
        }

        /** The verdict {@link ChainVerifier} must give; null when a line cannot even be read. */
        ChainVerifier.Verdict verdict() {
            Matcher verified = VERIFIED.matcher(output);
            if (verified.matches()) {
                return new ChainVerifier.Verdict(true, Integer.parseInt(verified.group(1)), verified.group(2), null, null);
            }
            Matcher broken = BROKEN.matcher(output);
            if (broken.matches()) {
                long failedAt = Long.parseLong(broken.group(1));
                return new ChainVerifier.Verdict(false, (int) failedAt, null, failedAt, broken.group(2));
            }
            return null;
        }

        /** For a vector with a line that is not an export line: its number, and why. */
        Matcher unreadableLine() {
            Matcher matcher = UNREADABLE_LINE.matcher(output);
            return matcher.matches() ? matcher : null;
        }

        @Override
        public String toString() {
            return vector + (head == null ? "" : " --head " + head.substring(0, 12) + "…");
        }
    }

    static List<Expectation> expectations() {
        List<Expectation> rows = new ArrayList<>();
        for (String line : lines(path("verdicts.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            rows.add(new Expectation(columns[0], columns[1].equals("-") ? null : columns[1],
                    Integer.parseInt(columns[2]), columns[3]));
        }
        return rows;
    }

    static Path path(String vector) {
        URL resource = Vectors.class.getResource("/vectors/" + vector);
        if (resource == null) {
            throw new IllegalArgumentException("No vector " + vector);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("No vector " + vector, e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An export bundle's events, every line read as {@link Verify} reads it (blank lines skipped). */
    static List<StoredEvent> export(String vector) {
        List<StoredEvent> events = new ArrayList<>();
        for (String line : lines(path(vector))) {
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(ExportLine.read(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return events;
    }

    /**
     * A stored-form vector: one JSON object a line with the fields of {@link StoredEvent}, payload and
     * metaData being JSON texts exactly as the database held them.
     */
    static List<StoredEvent> stored(String vector) {
        List<StoredEvent> events = new ArrayList<>();
        for (String line : lines(path(vector))) {
            Map<String, Object> fields = fields(line);
            events.add(new StoredEvent((String) fields.get("stream"), (Long) fields.get("sequence"),
                    (String) fields.get("type"), (String) fields.get("revision"), (String) fields.get("timestamp"),
                    (String) fields.get("payload"), (String) fields.get("metaData"),
                    (String) fields.get("previousHash"), (String) fields.get("hash")));
        }
        return events;
    }

    private static Map<String, Object> fields(String line) {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser in = JsonText.FACTORY.createParser(line)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                fields.put(name, value == JsonToken.VALUE_NUMBER_INT ? (Object) in.getLongValue()
                        : value == JsonToken.VALUE_NULL ? null : in.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
