package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The stored shape of a commit: every event one command applied to one aggregate, in one document,
 * so they become visible together or not at all.
 *
 * <pre>
 * { _id: "&lt;aggregate&gt;@&lt;first sequence&gt;", aggregate, aggregateType, first, last,
 *   position: &lt;global position of the first event&gt;, count, committedAt,
 *   events: [ { id, sequence, timestamp, payloadType, payloadRevision, payload, metaData } ] }
 * </pre>
 *
 * The id names the version the commit builds on, so two writers building on the same version race
 * for the same id and the unique {@code _id} lets only one of them in. A tombstone is a commit
 * without events that fills positions a failed writer had reserved.
 */
final class CommitDocuments {

    static final String ID = "_id";
    static final String AGGREGATE = "aggregate";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST = "first";
    static final String LAST = "last";
    static final String POSITION = "position";
    static final String COUNT = "count";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";

    private CommitDocuments() {
    }

    /** '@' never occurs in an id the API accepts, so the pair (aggregate, sequence) maps to one string. */
    static String commitId(String aggregate, long firstSequence) {
        return aggregate + "@" + firstSequence;
    }

    static String eventOnlyCommitId(String eventIdentifier) {
        return "event@" + eventIdentifier;
    }

    static String tombstoneId(long position) {
        return "tombstone@" + position;
    }

    /**
     * {@code previousHash}: the hash of the stream's event before this commit; null when the engine keeps no
     * chain or the events belong to no stream.
     */
    static Document commit(String id, List<? extends EventMessage<?>> events, long position, Instant committedAt,
                           Serializer serializer, StreamChain chain, String previousHash) {
        EventMessage<?> first = events.get(0);
        List<Document> stored = new ArrayList<>(events.size());
        String previous = previousHash;
        for (EventMessage<?> event : events) {
            Document document = event(event, serializer);
            if (previous != null && event instanceof DomainEventMessage<?> domain) {
                String hash = chain.hash(document.getString("payloadType"), document.getString("payloadRevision"),
                        document.getString("payload"), document.getString("metaData"), domain.getSequenceNumber(), previous);
                document.append("previousHash", previous).append("hash", hash);
                previous = hash;
            }
            stored.add(document);
        }
        Document commit = new Document(ID, id)
                .append(POSITION, position)
                .append(COUNT, events.size())
                .append(COMMITTED_AT, Date.from(committedAt))
                .append(EVENTS, stored);
        if (first instanceof DomainEventMessage<?> domain) {
            commit.append(AGGREGATE, domain.getAggregateIdentifier())
                    .append(AGGREGATE_TYPE, domain.getType())
                    .append(FIRST, domain.getSequenceNumber())
                    .append(LAST, ((DomainEventMessage<?>) events.get(events.size() - 1)).getSequenceNumber());
        }
        return commit;
    }

    static Document tombstone(long position, int count, Instant at) {
        return new Document(ID, tombstoneId(position))
                .append(POSITION, position)
                .append(COUNT, count)
                .append(COMMITTED_AT, Date.from(at))
                .append(EVENTS, List.of());
    }

    static Document event(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        requireStorableText(payload.getData(), "payload", event);
        requireStorableText(metaData.getData(), "metadata", event);
        Document stored = new Document("id", event.getIdentifier())
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
        if (event instanceof DomainEventMessage<?> domain) {
            stored.append("sequence", domain.getSequenceNumber());
        }
        return stored;
    }

    /**
     * A string with an unpaired UTF-16 surrogate has no UTF-8 form: the database would store a
     * replacement character, and the stored event would no longer be what its hash was computed over.
     * Refused before anything is written, so what is stored is always exactly what was hashed.
     */
    private static void requireStorableText(String text, String part, EventMessage<?> event) {
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            throw new IllegalArgumentException("The " + part + " of event " + event.getIdentifier() + " ("
                    + event.getPayloadType().getSimpleName() + ") holds text that is not valid Unicode; nothing was stored");
        }
    }

    /** The events of a stored commit as Axon reads them; an event without an aggregate gets its own id as one. */
    static List<DomainEventData<String>> events(Document commit) {
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<DomainEventData<String>> data = new ArrayList<>(events.size());
        for (Document event : events) {
            data.add(eventData(commit.getString(AGGREGATE_TYPE), commit.getString(AGGREGATE), event));
        }
        return data;
    }

    static DomainEventData<String> eventData(String aggregateType, String aggregate, Document event) {
        Number sequence = (Number) event.get("sequence");
        return new GenericDomainEventEntry<>(aggregateType,
                aggregate != null ? aggregate : event.getString("id"),
                sequence != null ? sequence.longValue() : 0L,
                event.getString("id"),
                event.getString("timestamp"),
                event.getString("payloadType"),
                event.getString("payloadRevision"),
                event.getString("payload"),
                event.getString("metaData"));
    }

    /** A stored event as it is in the database, for auditing. */
    static StoredEntry entry(String stream, Document event) {
        return new StoredEntry(stream, ((Number) event.get("sequence")).longValue(), event.getString("id"),
                event.getString("timestamp"), event.getString("payloadType"), event.getString("payloadRevision"),
                event.getString("payload"), event.getString("metaData"), event.getString("previousHash"),
                event.getString("hash"));
    }

    static long position(Document commit) {
        return ((Number) commit.get(POSITION)).longValue();
    }

    static int count(Document commit) {
        return ((Number) commit.get(COUNT)).intValue();
    }

    static long first(Document commit) {
        return ((Number) commit.get(FIRST)).longValue();
    }

    static long last(Document commit) {
        return ((Number) commit.get(LAST)).longValue();
    }

    static Instant committedAt(Document commit) {
        return commit.getDate(COMMITTED_AT).toInstant();
    }
}
