package org.entente.eventstore;

import org.axonframework.eventhandling.AbstractEventEntry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
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
 *   position: &lt;global position of the first event&gt;, count, committedAt, latestTimestamp,
 *   events: [ { id, sequence, timestamp, payloadType, payloadRevision, payload, metaData, previousHash, hash } ] }
 * </pre>
 *
 * The id names the version the commit builds on, so two writers building on the same version race
 * for the same id and the unique {@code _id} lets only one of them in. An event that belongs to no
 * aggregate (an application event) is a commit of its own, {@code "event@<identifier>"}, without the
 * aggregate fields. A tombstone is a commit without events that fills positions a failed writer had
 * reserved.
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
    /** The latest event timestamp of the commit, to the millisecond (rounded down): what a token at a date looks for. */
    static final String LATEST_TIMESTAMP = "latestTimestamp";
    static final String EVENTS = "events";
    static final String TIMESTAMP = "timestamp";
    /** The hash of a stored event, over its content and the hash of the event before it in its stream. */
    static final String HASH = "hash";

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
        return CommitLogEventStorageEngine.TOMBSTONE_ID_PREFIX + position;
    }

    /**
     * The events as stored, serialized and, when the engine keeps a chain, hashed. {@code previousHash}: the
     * hash of the stream's event before them; null when the engine keeps no chain or the events belong to no
     * stream.
     */
    static List<Document> storedEvents(List<? extends EventMessage<?>> events, Serializer serializer, StreamChain chain,
                                       String previousHash) {
        List<Document> stored = new ArrayList<>(events.size());
        String previous = previousHash;
        for (EventMessage<?> event : events) {
            Document document = event(event, serializer);
            if (previous != null && event instanceof DomainEventMessage<?> domain) {
                String hash = chain.hash(document.getString("payloadType"), document.getString("payloadRevision"),
                        document.getString("payload"), document.getString("metaData"), domain.getSequenceNumber(), previous);
                document.append("previousHash", previous).append(HASH, hash);
                previous = hash;
            }
            stored.add(document);
        }
        return stored;
    }

    static Document commit(String id, List<? extends EventMessage<?>> events, List<Document> stored, long position,
                           Instant committedAt) {
        EventMessage<?> first = events.get(0);
        Instant latest = events.stream().map(EventMessage::getTimestamp).max(Instant::compareTo).orElseThrow();
        Document commit = new Document(ID, id)
                .append(POSITION, position)
                .append(COUNT, events.size())
                .append(COMMITTED_AT, Date.from(committedAt))
                .append(LATEST_TIMESTAMP, Date.from(latest))
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
                .append(TIMESTAMP, event.getTimestamp().toString())
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

    /** The events of an aggregate's commit as Axon reads them. */
    static List<DomainEventData<String>> events(Document commit) {
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<DomainEventData<String>> data = new ArrayList<>(events.size());
        for (Document event : events) {
            data.add(eventData(commit.getString(AGGREGATE_TYPE), commit.getString(AGGREGATE), event));
        }
        return data;
    }

    static DomainEventData<String> eventData(String aggregateType, String aggregate, Document event) {
        return new GenericDomainEventEntry<>(aggregateType, aggregate, ((Number) event.get("sequence")).longValue(),
                event.getString("id"), event.getString(TIMESTAMP), event.getString("payloadType"),
                event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
    }

    /**
     * Event {@code index} of a commit as a tracker reads it. An application event must not come back as a
     * domain event: Axon tells the two apart by whether the data names an aggregate.
     */
    static TrackedEventData<String> trackedEvent(TrackingToken token, Document commit, int index) {
        Document event = commit.getList(EVENTS, Document.class).get(index);
        String aggregate = commit.getString(AGGREGATE);
        if (aggregate != null) {
            return new TrackedDomainEventData<>(token, eventData(commit.getString(AGGREGATE_TYPE), aggregate, event));
        }
        return new TrackedApplicationEvent(token, event);
    }

    /** A stored event that belongs to no aggregate, as a tracker reads it. */
    private static final class TrackedApplicationEvent extends AbstractEventEntry<String> implements TrackedEventData<String> {
        private final TrackingToken token;

        private TrackedApplicationEvent(TrackingToken token, Document event) {
            super(event.getString("id"), event.getString(TIMESTAMP), event.getString("payloadType"),
                    event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
            this.token = token;
        }

        @Override
        public TrackingToken trackingToken() {
            return token;
        }
    }

    /** The timestamp of each event of the commit, in the commit's order. */
    static List<Instant> timestamps(Document commit) {
        return commit.getList(EVENTS, Document.class).stream().map(e -> Instant.parse(e.getString(TIMESTAMP))).toList();
    }

    /** A stored event as it is in the database, for auditing. */
    static StoredEntry entry(String stream, Document event) {
        return new StoredEntry(stream, ((Number) event.get("sequence")).longValue(), event.getString("id"),
                event.getString(TIMESTAMP), event.getString("payloadType"), event.getString("payloadRevision"),
                event.getString("payload"), event.getString("metaData"), event.getString("previousHash"),
                event.getString(HASH));
    }

    /** The hash of the commit's last event: what the next commit of its stream chains to; null without a chain. */
    static String lastHash(Document commit) {
        List<Document> events = commit.getList(EVENTS, Document.class);
        return events.get(events.size() - 1).getString(HASH);
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
