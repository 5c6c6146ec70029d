package org.entente.app.check;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoredEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store written before communication checks were aggregates of their own holds their events inside
 * arrangement streams. On start-up, before commands or projections run, every such check is copied once
 * into a stream of its own, so it can still be answered, failed and read by its id. The stored events are
 * never touched (hashes bind them): each copy carries, in its metadata, the arrangement stream, sequence
 * and hash of the event it copies, and the move is recorded in the {@value #COLLECTION} collection.
 * A copy interrupted by a crash resumes on the next start; a check already copied is not copied again.
 */
final class LegacyCheckStreams {

    static final String COLLECTION = "migrations";
    static final String MIGRATION = "checks-in-own-streams";
    static final String COPIED_FROM = "copiedFrom";
    static final String COPIED_FROM_HASH = "copiedFromHash";

    private static final Logger log = LoggerFactory.getLogger(LegacyCheckStreams.class);
    private static final String CHECK_EVENTS = "org.entente.api.check.CommunicationCheck";

    private final MongoDatabase database;
    private final CommitLogEventStorageEngine engine;
    private final Serializer serializer;
    private final Clock clock;

    LegacyCheckStreams(MongoDatabase database, CommitLogEventStorageEngine engine, Serializer serializer, Clock clock) {
        this.database = database;
        this.engine = engine;
        this.serializer = serializer;
        this.clock = clock;
    }

    boolean isDone() {
        return migrations().find(Filters.eq("_id", MIGRATION)).first() != null;
    }

    /** Copies every check still held in an arrangement stream; answers how many checks were found there. */
    int copyIntoOwnStreams() {
        Map<String, List<StoredEntry>> byCheck = legacyCheckEvents();
        int copied = 0;
        for (Map.Entry<String, List<StoredEntry>> check : byCheck.entrySet()) {
            try {
                engine.appendEvents(copies(check.getKey(), check.getValue()));
                copied++;
            } catch (ConcurrencyException alreadyCopied) {
                log.debug("Check {} already has its own stream", check.getKey());
            }
        }
        log.info("Communication checks held in arrangement streams: {} found, {} copied into streams of their own",
                byCheck.size(), copied);
        return byCheck.size();
    }

    void recordDone(int checks) {
        migrations().insertOne(new Document("_id", MIGRATION).append("checks", checks).append("at", Date.from(clock.instant())));
    }

    /**
     * The check events of arrangement streams, by check, in stream order: a scan, once per store, that keeps
     * only the check events in memory, not the commits it reads.
     */
    private Map<String, List<StoredEntry>> legacyCheckEvents() {
        Map<String, List<StoredEntry>> byCheck = new LinkedHashMap<>();
        engine.storedEventsOfType("Arrangement", event -> {
            if (event.type().startsWith(CHECK_EVENTS)) {
                String checkId = Document.parse(event.payload()).getString("checkId");
                byCheck.computeIfAbsent(checkId, id -> new ArrayList<>()).add(event);
            }
        });
        byCheck.values().forEach(events -> events.sort(Comparator.comparingLong(StoredEntry::sequence)));
        return byCheck;
    }

    private List<DomainEventMessage<?>> copies(String checkId, List<StoredEntry> originals) {
        List<DomainEventMessage<?>> copies = new ArrayList<>();
        for (StoredEntry original : originals) {
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(original.payload(), String.class,
                    original.type(), original.revision()));
            MetaData metaData = serializer.<String, MetaData>deserialize(new SimpleSerializedObject<>(original.metaData(),
                            String.class, MetaData.class.getName(), null))
                    .and(COPIED_FROM, original.stream() + "#" + original.sequence())
                    .and(COPIED_FROM_HASH, original.hash());
            copies.add(new GenericDomainEventMessage<>("CommunicationCheck", checkId, copies.size(), payload, metaData,
                    "copy-of-" + original.eventId(), Instant.parse(original.timestamp())));
        }
        return copies;
    }

    private MongoCollection<Document> migrations() {
        return database.getCollection(COLLECTION);
    }
}
