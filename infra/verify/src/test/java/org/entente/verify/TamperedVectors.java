package org.entente.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes the tampered vectors (vectors/tampered) from one valid export bundle, each with one kind of
 * tampering. The files are committed so that other implementations of the verifier can use them;
 * {@code TamperedVectorsTest} checks they are still what this makes.
 */
final class TamperedVectors {

    static final String SOURCE = "recorded/export/us-ru-2011-commitments-contacts-checks-papers.ndjson";

    private TamperedVectors() {
    }

    /** File name to content, from the lines of {@link #SOURCE}. */
    static Map<String, String> make(List<String> sourceLines) {
        List<StoredEvent> valid = sourceLines.stream().map(TamperedVectors::read).toList();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("edited-payload.ndjson", write(edit(valid, 5, TamperedVectors::moreEvidence)));
        files.put("edited-payload-rehashed.ndjson", write(rehash(edit(valid, 5, TamperedVectors::moreEvidence), 5, 5)));
        files.put("edited-metadata.ndjson", write(edit(valid, 7, e -> withMetaData(e,
                e.metaData().replace("desk.officer@registry.example", "someone.else@registry.example")))));
        files.put("changed-type.ndjson", write(edit(valid, 4, e -> withType(e,
                "org.entente.api.commitment.CommitmentWithdrawn"))));
        files.put("changed-revision.ndjson", write(edit(valid, 6, e -> withRevision(e, "1"))));
        files.put("removed-event.ndjson", write(remove(valid, 8)));
        files.put("swapped-events.ndjson", write(swap(valid, 10, 11)));
        files.put("duplicated-event.ndjson", write(duplicate(valid, 12)));
        files.put("inserted-event.ndjson", write(insert(valid, 14)));
        files.put("inserted-event-chain-recomputed.ndjson", write(rehash(insert(valid, 14), 14, valid.size())));
        files.put("forged-previous-hash.ndjson", write(edit(valid, 14, e -> withPreviousHash(e, valid.get(12).hash()))));
        files.put("relabelled-stream.ndjson", write(edit(valid, 3, e -> withStream(e, "us-ru-cyber-cbm-2013"))));
        files.put("truncated-tail.ndjson", write(valid.subList(0, 15)));
        files.put("not-json.ndjson", notJson(sourceLines, 3));
        files.put("empty.ndjson", "");
        return files;
    }

    private static StoredEvent moreEvidence(StoredEvent e) {
        return withPayload(e, e.payload().replace("exchange on botnets", "exchange on botnets and ransomware"));
    }

    private static List<StoredEvent> edit(List<StoredEvent> events, int index, UnaryOperator<StoredEvent> change) {
        List<StoredEvent> edited = new ArrayList<>(events);
        edited.set(index, change.apply(events.get(index)));
        return edited;
    }

    /** Recomputes previousHash and hash from {@code from} to {@code to} inclusive, as a forger with the spec would. */
    private static List<StoredEvent> rehash(List<StoredEvent> events, int from, int to) {
        List<StoredEvent> rehashed = new ArrayList<>(events);
        for (int i = from; i <= to; i++) {
            String previous = i == 0 ? EventHash.GENESIS : rehashed.get(i - 1).hash();
            StoredEvent linked = withPreviousHash(rehashed.get(i), previous);
            rehashed.set(i, withHash(linked, EventHash.of(linked, previous)));
        }
        return rehashed;
    }

    private static List<StoredEvent> remove(List<StoredEvent> events, int index) {
        List<StoredEvent> removed = new ArrayList<>(events);
        removed.remove(index);
        return removed;
    }

    private static List<StoredEvent> swap(List<StoredEvent> events, int first, int second) {
        List<StoredEvent> swapped = new ArrayList<>(events);
        swapped.set(first, events.get(second));
        swapped.set(second, events.get(first));
        return swapped;
    }

    private static List<StoredEvent> duplicate(List<StoredEvent> events, int index) {
        List<StoredEvent> duplicated = new ArrayList<>(events);
        duplicated.add(index + 1, events.get(index));
        return duplicated;
    }

    /**
     * A fulfilment nobody recorded, linked and hashed correctly at {@code index}; the events after it are
     * renumbered but keep their hashes.
     */
    private static List<StoredEvent> insert(List<StoredEvent> events, int index) {
        StoredEvent before = events.get(index - 1);
        StoredEvent forged = new StoredEvent(before.stream(), (long) index, "org.entente.api.commitment.CommitmentFulfilled",
                "1", "2026-12-02T00:12:43.000000000Z",
                "{\"arrangementId\":\"us-ru-cyber-cbm-2011\",\"commitmentId\":\"crisis-link\",\"fulfilledOn\":\"2011-12-30\","
                        + "\"evidence\":\"Incident message exchanged over the NRRC link\"}",
                "{\"traceId\":\"5f0b8a38-7c1e-4d2a-9a55-0d6c3b1e2f47\",\"correlationId\":\"5f0b8a38-7c1e-4d2a-9a55-0d6c3b1e2f47\","
                        + "\"recorder\":\"desk.officer@registry.example\"}",
                before.hash(), null);
        List<StoredEvent> inserted = new ArrayList<>(events.subList(0, index));
        inserted.add(withHash(forged, EventHash.of(forged, before.hash())));
        for (StoredEvent later : events.subList(index, events.size())) {
            inserted.add(withSequence(later, later.sequence() + 1));
        }
        return inserted;
    }

    private static String notJson(List<String> lines, int index) {
        List<String> cut = new ArrayList<>(lines);
        cut.set(index, lines.get(index).substring(0, lines.get(index).length() / 2));
        return String.join("\n", cut) + "\n";
    }

    private static String write(List<StoredEvent> events) {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(ExportLine.write(e)).append('\n'));
        return text.toString();
    }

    private static StoredEvent read(String line) {
        try {
            return ExportLine.read(line);
        } catch (IOException e) {
            throw new IllegalStateException("The source vector has a line that is not an export line", e);
        }
    }

    private static StoredEvent withStream(StoredEvent e, String stream) {
        return new StoredEvent(stream, e.sequence(), e.type(), e.revision(), e.timestamp(), e.payload(), e.metaData(),
                e.previousHash(), e.hash());
    }

    private static StoredEvent withSequence(StoredEvent e, long sequence) {
        return new StoredEvent(e.stream(), sequence, e.type(), e.revision(), e.timestamp(), e.payload(), e.metaData(),
                e.previousHash(), e.hash());
    }

    private static StoredEvent withType(StoredEvent e, String type) {
        return new StoredEvent(e.stream(), e.sequence(), type, e.revision(), e.timestamp(), e.payload(), e.metaData(),
                e.previousHash(), e.hash());
    }

    private static StoredEvent withRevision(StoredEvent e, String revision) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), revision, e.timestamp(), e.payload(), e.metaData(),
                e.previousHash(), e.hash());
    }

    private static StoredEvent withPayload(StoredEvent e, String payload) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(), payload, e.metaData(),
                e.previousHash(), e.hash());
    }

    private static StoredEvent withMetaData(StoredEvent e, String metaData) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(), e.payload(), metaData,
                e.previousHash(), e.hash());
    }

    private static StoredEvent withPreviousHash(StoredEvent e, String previousHash) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(), e.payload(), e.metaData(),
                previousHash, e.hash());
    }

    private static StoredEvent withHash(StoredEvent e, String hash) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(), e.payload(), e.metaData(),
                e.previousHash(), hash);
    }
}
