package org.entente.infra.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.entente.api.rules.Acting;
import org.entente.infra.eventstore.CommitLogEventStorageEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** An arrangement's full history, read from the event store itself, event by event, with who and when. */
@RestController
class HistoryController {

    /** The payload fields that say when a fact took effect in the world, as opposed to when it was recorded. */
    private static final Set<String> EFFECTIVE_DATE_FIELDS = Set.of("effectiveOn", "fulfilledOn", "receivedOn", "submittedOn");

    record Entry(long sequence, String type, String revision, Object payload, Instant recordedAt, LocalDate effectiveOn,
                 String recordedBy, String party, String correlationId, String causationId, String hash,
                 String previousHash) {
    }

    record Page(String arrangementId, List<Entry> items, int page, int size, long total) {
    }

    private final EventStore eventStore;
    private final CommitLogEventStorageEngine engine;

    HistoryController(EventStore eventStore, CommitLogEventStorageEngine engine) {
        this.eventStore = eventStore;
        this.engine = engine;
    }

    @GetMapping("/api/arrangements/{id}/history")
    Page history(@PathVariable String id,
                 @RequestParam(defaultValue = "0") @Min(0) int page,
                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        if (events.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND, "No arrangement '" + id + "'");
        }
        Map<Long, Document> stored = new HashMap<>();
        engine.storedEventsOf(id).forEach(e -> stored.put(((Number) e.get("sequence")).longValue(), e));
        List<Entry> items = events.stream().skip((long) page * size).limit(size)
                .map(event -> entry(event, stored.getOrDefault(event.getSequenceNumber(), new Document()))).toList();
        return new Page(id, items, page, size, events.size());
    }

    private static Entry entry(DomainEventMessage<?> event, Document stored) {
        Object payload = event.getPayload();
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        return new Entry(event.getSequenceNumber(), payload.getClass().getSimpleName(),
                revision == null ? null : revision.value(), payload, event.getTimestamp(), effectiveDateOf(payload),
                text(event.getMetaData().get(Recorder.METADATA)), text(event.getMetaData().get(Acting.PARTY)),
                // Axon's "traceId" is the root of the conversation (our correlation), its "correlationId" the
                // message that caused this one (our causation).
                text(event.getMetaData().get(MessageOriginProvider.getDefaultTraceKey())),
                text(event.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey())),
                stored.getString("hash"), stored.getString("previousHash"));
    }

    private static LocalDate effectiveDateOf(Object payload) {
        if (!payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (EFFECTIVE_DATE_FIELDS.contains(component.getName()) && component.getType() == LocalDate.class) {
                try {
                    return (LocalDate) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
