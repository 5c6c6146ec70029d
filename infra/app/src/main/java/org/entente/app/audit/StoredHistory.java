package org.entente.app.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.entente.api.rules.Acting;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoredEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An arrangement's history as stored, event by event, with who and when: read from the stored documents
 * themselves, so what the history shows is what the hashes cover. The API and the auditor's page read it alike.
 */
public final class StoredHistory {

    /** The payload fields that say when a fact took effect in the world, as opposed to when it was recorded. */
    private static final Set<String> EFFECTIVE_DATE_FIELDS = Set.of("effectiveOn", "fulfilledOn", "receivedOn",
            "submittedOn", "agreedOn", "concludedOn");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Schema(name = "HistoryEntry")
    public record Entry(long sequence, String type, String revision, Object payload, Instant recordedAt, LocalDate effectiveOn,
                        String recordedBy, String party, String correlationId, String causationId, String hash,
                        String previousHash) {
    }

    @Schema(name = "HistoryPage")
    public record Page(String arrangementId, List<Entry> items, int page, int size, long total) {
    }

    private final CommitLogEventStorageEngine engine;

    public StoredHistory(CommitLogEventStorageEngine engine) {
        this.engine = engine;
    }

    /** A page of the stream's events in order; empty when the stream has none, that is, when there is no such arrangement. */
    public Optional<Page> page(String arrangementId, int page, int size) {
        List<StoredEntry> stored = engine.storedEventsOf(arrangementId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> items = stored.stream().skip((long) page * size).limit(size).map(StoredHistory::entry).toList();
        return Optional.of(new Page(arrangementId, items, page, size, stored.size()));
    }

    private static Entry entry(StoredEntry stored) {
        Map<String, Object> payload = json(stored.payload());
        Map<String, Object> metaData = json(stored.metaData());
        String type = stored.type();
        return new Entry(stored.sequence(), type.substring(type.lastIndexOf('.') + 1),
                stored.revision(), payload, Instant.parse(stored.timestamp()),
                effectiveDateOf(payload), text(metaData.get(Recorder.METADATA)), text(metaData.get(Acting.PARTY)),
                // Axon's "traceId" is the root of the conversation (our correlation), its "correlationId" the
                // message that caused this one (our causation).
                text(metaData.get(MessageOriginProvider.getDefaultTraceKey())),
                text(metaData.get(MessageOriginProvider.getDefaultCorrelationKey())),
                stored.hash(), stored.previousHash());
    }

    private static LocalDate effectiveDateOf(Map<String, Object> payload) {
        return EFFECTIVE_DATE_FIELDS.stream().map(payload::get).filter(String.class::isInstance).map(String.class::cast)
                .findFirst().map(LocalDate::parse).orElse(null);
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored event is not JSON", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
