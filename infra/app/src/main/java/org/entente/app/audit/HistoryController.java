package org.entente.app.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.entente.api.rules.Acting;
import org.entente.app.web.Pages;
import org.entente.app.web.openapi.ApiTags;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoredEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** An arrangement's full history, read from the event store itself, event by event, with who and when. */
@RestController
@Tag(name = ApiTags.HISTORY)
class HistoryController {

    /** The payload fields that say when a fact took effect in the world, as opposed to when it was recorded. */
    private static final Set<String> EFFECTIVE_DATE_FIELDS = Set.of("effectiveOn", "fulfilledOn", "receivedOn",
            "submittedOn", "agreedOn", "concludedOn");

    @Schema(name = "HistoryEntry")
    record Entry(long sequence, String type, String revision, Object payload, Instant recordedAt, LocalDate effectiveOn,
                 String recordedBy, String party, String correlationId, String causationId, String hash,
                 String previousHash) {
    }

    @Schema(name = "HistoryPage")
    record Page(String arrangementId, List<Entry> items, int page, int size, long total) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final CommitLogEventStorageEngine engine;
    private final Pages pages;

    HistoryController(CommitLogEventStorageEngine engine, Pages pages) {
        this.engine = engine;
        this.pages = pages;
    }

    /** Read once, from the stored documents themselves: what the history shows is what the hashes cover. */
    @Operation(operationId = "getHistory", summary = "An arrangement's history, event by event", description = """
            The stored events themselves, in order: type, payload, when recorded and effective, who recorded it for \
            which party, correlation and causation, and the hash chain.""")
    @GetMapping("/api/arrangements/{id}/history")
    Page history(@PathVariable String id,
                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                 @RequestParam(defaultValue = "100") @Min(1) int size) {
        pages.requireSize(size);
        List<StoredEntry> stored = engine.storedEventsOf(id);
        if (stored.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND, "No arrangement '" + id + "'");
        }
        List<Entry> items = stored.stream().skip((long) page * size).limit(size).map(HistoryController::entry).toList();
        return new Page(id, items, page, size, stored.size());
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
