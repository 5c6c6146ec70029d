package org.entente.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.BuilderUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;



/**
 * Axon's event storage on MongoDB, built for a server without transactions and for the embedded
 * server, which serves a query from an index only on an exact match (or {@code $in}) of a unique key.
 *
 * <ul>
 *   <li>Append: reserve global positions with one atomic counter update, then insert one commit
 *       document per aggregate whose {@code _id} names the version it builds on. A duplicate
 *       {@code _id} means another writer won: Axon's {@link ConcurrencyException}. The loser fills
 *       its reserved positions with a tombstone so trackers need not wait for them.</li>
 *   <li>Aggregate load: {@code _id $in} the next possible commit ids; no range query.</li>
 *   <li>Tracking: {@code position $in} the token's gaps and the next window of positions, served by a
 *       unique index; tokens are Axon's gap-aware tokens, so a position reserved but not yet (or
 *       never) written is remembered and looked at again rather than skipped.</li>
 *   <li>Snapshots: one document per aggregate, by {@code _id}.</li>
 * </ul>
 * See {@code docs/event-store.md} for every access path and the index that serves it.
 */
public final class CommitLogEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger LOG = LoggerFactory.getLogger(CommitLogEventStorageEngine.class);

    public static final String COMMITS = "event_commits";
    public static final String SNAPSHOTS = "event_snapshots";
    /** How the id of a tombstone begins: a commit without events, filling positions no commit will use. */
    public static final String TOMBSTONE_ID_PREFIX = "tombstone@";
    static final String COUNTERS = "event_counters";

    /**
     * The most events one command may store for one aggregate. Bounds how far back a tracking poll
     * looks for a commit that a token stopped inside of.
     */
    static final int MAX_EVENTS_PER_COMMIT = 500;

    /**
     * Every cursor names its batch size: the embedded server otherwise answers a getMore with all that
     * is left, which can exceed the driver's message limit.
     */
    private static final int READ_BATCH = 64;

    /** Each id in an {@code $in} costs an index lookup; most loads need only a few commits. */
    private static final int FIRST_LOAD_WINDOW = 1;
    private static final int MAX_LOAD_WINDOW = 128;

    /** Counting reads only a few fields of each commit, so it looks at several tracking windows at once. */
    private static final int COUNTING_WINDOWS = 4;

    /** About 100 bytes each: a few MB for the streams a busy registry touches. */
    private static final int STREAM_HEADS_REMEMBERED = 20_000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final GlobalSequence sequence;
    private final StreamHeads heads = new StreamHeads(STREAM_HEADS_REMEMBERED);
    private final Clock clock;
    private final Settings settings;
    private final StreamChain chain;
    private final PersistenceExceptionResolver duplicateKeys;
    private final AppendObserver observer;
    private volatile AppendInterruption interruption = AppendInterruption.NONE;

    /**
     * @param gapTimeout      a reserved position still empty this long after a later commit was
     *                        written is given up; writers never commit later than {@code commitDeadline}
     * @param commitDeadline  a writer that could not insert its commit this soon after reserving
     *                        positions abandons it, so no commit appears after trackers gave up on it
     * @param maxGapOffset    how far behind the newest position a gap is still tracked
     * @param trackingWindow  how many positions one tracking poll looks at
     * @param positionBlock   how many global positions a process reserves at a time
     * @param queryIndexes    whether to create the non-unique indexes that only serve audit and
     *                        administration reads; a server that answers queries only from unique
     *                        indexes would merely maintain them on every write
     */
    public record Settings(Duration gapTimeout, Duration commitDeadline, int maxGapOffset, int trackingWindow,
                           int positionBlock, boolean queryIndexes) {
    }

    /**
     * An append that names one key twice: an event identifier, or a sequence number of one aggregate.
     * One commit is one document, so the database cannot see such a duplicate; the engine finds it before
     * anything is reserved or written, and the builder's {@link PersistenceExceptionResolver} classifies it
     * like a duplicate key reported by the database.
     */
    public static final class DuplicateInAppendException extends RuntimeException {
        DuplicateInAppendException(String message) {
            super(message);
        }
    }

    /** A point between the steps of an append where tests make it fail, as a crash would. */
    interface AppendInterruption {
        AppendInterruption NONE = (first, count) -> {
        };

        void afterReservation(long firstPosition, int count);
    }

    /** One commit ready to be stored: serialized and chained, still without its place in the log. */
    /** @param after the global position of the stream's event before this commit; -1 when none or not a stream */
    private record PreparedCommit(String id, List<EventMessage<?>> events, List<Document> stored, long after) {
    }

    /** The stream's event before a commit: its hash, to chain to, and its global position, to stay after. */
    private record Predecessor(String hash, long position) {
    }

    private CommitLogEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.sequence = new GlobalSequence(builder.database.getCollection(COUNTERS), builder.clock,
                builder.settings.positionBlock(), builder.settings.commitDeadline().dividedBy(4), this::abandon);
        this.clock = builder.clock;
        this.settings = builder.settings;
        this.chain = builder.chain;
        this.duplicateKeys = builder.duplicateKeys;
        this.observer = builder.observer;
        commits.createIndex(Indexes.ascending(CommitDocuments.POSITION), new IndexOptions().unique(true));
        if (settings.queryIndexes()) {
            commits.createIndex(Indexes.ascending(CommitDocuments.LATEST_TIMESTAMP));
            commits.createIndex(Indexes.ascending(CommitDocuments.AGGREGATE));
        }
    }

    /** A builder on Axon's engine builder: database and settings required; no chain and the system clock unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The engine's default {@link PersistenceExceptionResolver}: the commit id was taken (another writer
     * stored a change at the same version), or an append named one key twice. A custom resolver may
     * delegate to it.
     */
    public static boolean isDuplicateKey(Exception e) {
        return e instanceof DuplicateInAppendException || e instanceof MongoWriteException write && isCommitIdTaken(write);
    }

    /**
     * Only the {@code _id} index can report a version conflict; a duplicate position would be a broken
     * sequence. The index is named before the key in the message, so an aggregate called "position" does
     * not confuse the two.
     */
    private static boolean isCommitIdTaken(MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
            return false;
        }
        BsonDocument details = e.getError().getDetails();
        if (details.isDocument("keyPattern")) {
            return details.getDocument("keyPattern").containsKey(CommitDocuments.ID);
        }
        String message = e.getError().getMessage();
        int key = message.indexOf(" dup key:");
        return (key < 0 ? message : message.substring(0, key)).endsWith("index: " + CommitDocuments.ID + "_");
    }

    void interruptAppendsWith(AppendInterruption interruption) {
        this.interruption = interruption;
    }

    // ------------------------------------------------------------------ append

    /**
     * Everything that can fail without the database (duplicate keys, sizes, serialization, the hash
     * chain) is done before positions are reserved, so a refused append leaves no gap behind.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        AppendObserver.Outcome outcome = AppendObserver.Outcome.FAILED;
        try {
            store(events, serializer);
            outcome = AppendObserver.Outcome.STORED;
        } catch (ConcurrencyException e) {
            outcome = e.getCause() instanceof DuplicateInAppendException
                    ? AppendObserver.Outcome.DUPLICATE : AppendObserver.Outcome.CONFLICT;
            throw e;
        } finally {
            observer.appended(outcome, events.size(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void store(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<PreparedCommit> prepared;
        try {
            prepared = prepare(events, serializer);
        } catch (RuntimeException e) {
            throw translated(e, null, -1);
        }
        long predecessors = prepared.stream().mapToLong(PreparedCommit::after).max().orElse(-1);
        GlobalSequence.Reservation reservation = sequence.reserve(events.size(), predecessors);
        long position = reservation.first();
        interruption.afterReservation(position, events.size());
        long end = position + events.size();
        for (PreparedCommit commit : prepared) {
            long after = position + commit.events().size();
            try {
                insert(commit, position, reservation.reservedAt());
            } catch (RuntimeException e) {
                // Harmless if the insert did land after all: the tombstone then collides on the unique position.
                abandon(position, commit.events().size());
                // The commits after a failed one are not attempted; their positions will never be written.
                if (after < end) {
                    abandon(after, (int) (end - after));
                }
                throw translated(e, commit, position);
            }
            position = after;
        }
    }

    private List<PreparedCommit> prepare(List<? extends EventMessage<?>> events, Serializer serializer) {
        requireUniqueIdentifiers(events);
        List<PreparedCommit> prepared = new ArrayList<>();
        groupByCommit(events).forEach((id, commitEvents) -> {
            requireStorable(id, commitEvents);
            Predecessor predecessor = predecessorOf(commitEvents.get(0));
            prepared.add(new PreparedCommit(id, commitEvents,
                    CommitDocuments.storedEvents(commitEvents, serializer, chain, predecessor.hash()), predecessor.position()));
        });
        return prepared;
    }

    /**
     * Axon's other engines keep event identifiers unique with an index on every stored event. Here one
     * append is checked as a whole, and a second append of the same messages collides on its commit id
     * (the aggregate and sequence it builds on, or the identifier of an application event).
     */
    private static void requireUniqueIdentifiers(List<? extends EventMessage<?>> events) {
        Set<String> seen = new HashSet<>();
        for (EventMessage<?> event : events) {
            if (!seen.add(event.getIdentifier())) {
                throw new DuplicateInAppendException("Event identifier '" + event.getIdentifier()
                        + "' appears twice in one append; nothing was stored");
            }
        }
    }

    /**
     * A commit holds at most {@link #MAX_EVENTS_PER_COMMIT} events, and the events of one aggregate in one
     * append must follow each other: a stream is read by walking from one commit to the id of the next.
     */
    private static void requireStorable(String commitId, List<EventMessage<?>> events) {
        if (events.size() > MAX_EVENTS_PER_COMMIT) {
            throw new IllegalArgumentException("A command may store at most " + MAX_EVENTS_PER_COMMIT
                    + " events for one aggregate; " + commitId + " has " + events.size());
        }
        if (!(events.get(0) instanceof DomainEventMessage<?> first)) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            long sequenceNumber = ((DomainEventMessage<?>) events.get(i)).getSequenceNumber();
            if (!seen.add(sequenceNumber)) {
                throw new DuplicateInAppendException("Sequence " + sequenceNumber + " of '" + first.getAggregateIdentifier()
                        + "' appears twice in one append; nothing was stored");
            }
            if (sequenceNumber != first.getSequenceNumber() + i) {
                throw new IllegalArgumentException("The events of '" + first.getAggregateIdentifier()
                        + "' in one append must have consecutive sequence numbers from " + first.getSequenceNumber()
                        + "; event " + i + " has " + sequenceNumber + ". Nothing was stored");
            }
        }
    }

    private void insert(PreparedCommit commit, long position, Instant reservedAt) {
        if (Duration.between(reservedAt, clock.instant()).compareTo(settings.commitDeadline()) > 0) {
            throw new IllegalStateException("Commit " + commit.id() + " missed its deadline and was abandoned; retry the command");
        }
        Document document = CommitDocuments.commit(commit.id(), commit.events(), commit.stored(), position, reservedAt);
        commits.insertOne(document);
        rememberHead(document);
    }

    /**
     * Database failures and duplicates found in the append become Axon's exceptions: a duplicate key (as the
     * builder's resolver decides) is a {@link ConcurrencyException}, whether or not it is the aggregate's
     * first event, because the loser of any race, creation included, should read again and retry; anything
     * else from the database is an {@link EventStoreException}. The engine's own refusals pass unchanged.
     */
    private RuntimeException translated(RuntimeException e, PreparedCommit commit, long position) {
        if (!(e instanceof MongoException) && !(e instanceof DuplicateInAppendException)) {
            return e;
        }
        if (duplicateKeys != null && duplicateKeys.isDuplicateKeyViolation(e)) {
            String message = e instanceof DuplicateInAppendException || commit == null ? e.getMessage()
                    : "Another change to '" + streamOf(commit.events().get(0))
                    + "' was stored first at the same version (" + commit.id() + ")";
            return new ConcurrencyException(message, e);
        }
        return new EventStoreException(commit == null ? "An append could not be stored: " + e.getMessage()
                : "Commit " + commit.id() + " could not be stored at position " + position + "; nothing of it is visible", e);
    }

    private void rememberHead(Document commit) {
        String aggregate = commit.getString(CommitDocuments.AGGREGATE);
        if (aggregate != null) {
            heads.remember(aggregate, CommitDocuments.last(commit), CommitDocuments.lastHash(commit), lastPositionOf(commit));
        }
    }

    /** The hash of the event before this one in its stream; a writer that loses the race computed it in vain. */
    private Predecessor predecessorOf(EventMessage<?> first) {
        if (!(first instanceof DomainEventMessage<?> domain)) {
            return new Predecessor(null, -1);
        }
        String genesis = chain == null ? null : chain.genesis();
        if (domain.getSequenceNumber() == 0) {
            return new Predecessor(genesis, -1);
        }
        String stream = domain.getAggregateIdentifier();
        long before = domain.getSequenceNumber() - 1;
        Optional<String> hash = chain == null ? Optional.empty() : heads.hashOf(stream, before);
        OptionalLong position = heads.positionOf(stream, before);
        if ((chain == null || hash.isPresent()) && position.isPresent()) {
            return new Predecessor(hash.orElse(null), position.getAsLong());
        }
        return nearestBefore(domain.getSequenceNumber(), (from, to) -> commitsOf(stream, from, to), CommitDocuments::first)
                .filter(c -> CommitDocuments.last(c) == before)
                .map(c -> new Predecessor(chain == null ? null : CommitDocuments.lastHash(c), lastPositionOf(c)))
                .orElse(new Predecessor(genesis, -1));
    }

    /** The global position of a commit's last event. */
    private static long lastPositionOf(Document commit) {
        return CommitDocuments.position(commit) + CommitDocuments.last(commit) - CommitDocuments.first(commit);
    }

    /**
     * Every stored event of one stream, exactly as in the database, in commit order, for verification.
     * Reads by the {@code aggregate} field rather than walking ids, so a removed commit shows up as a gap
     * instead of ending the walk; an audit is not a hot path (an index on MongoDB, a scan on the embedded server).
     */
    public List<StoredEntry> storedEventsOf(String aggregate) {
        List<Document> found = commits.find(Filters.eq(CommitDocuments.AGGREGATE, aggregate)).batchSize(READ_BATCH)
                .into(new ArrayList<>());
        found.sort(Comparator.comparingLong(CommitDocuments::first));
        List<StoredEntry> events = new ArrayList<>();
        found.forEach(commit -> commit.getList(CommitDocuments.EVENTS, Document.class)
                .forEach(event -> events.add(CommitDocuments.entry(aggregate, event))));
        return events;
    }

    /**
     * Every stored event of the streams of one aggregate type, exactly as in the database, handed to
     * {@code visit} commit by commit (in no particular order) and kept nowhere, so a store of any size can
     * be read this way. A scan, since no index serves the aggregate type: for administration, not a hot path.
     */
    public void storedEventsOfType(String aggregateType, Consumer<StoredEntry> visit) {
        Bson ofType = Filters.eq(CommitDocuments.AGGREGATE_TYPE, aggregateType);
        for (Document commit : commits.find(ofType).batchSize(READ_BATCH)) {
            String aggregate = commit.getString(CommitDocuments.AGGREGATE);
            for (Document event : commit.getList(CommitDocuments.EVENTS, Document.class)) {
                visit.accept(CommitDocuments.entry(aggregate, event));
            }
        }
    }

    /** Tombstones the positions this process reserved but did not use; called when the application stops. */
    public void releaseReservedPositions() {
        sequence.releaseUnused();
    }

    /**
     * Tombstones the rest of this process's block of positions once the block may no longer be used, rather
     * than when the next append needs a new one: a process that has stopped writing then leaves no gap
     * below what other processes write. Cheap when there is nothing to release; called periodically.
     */
    public void releaseExpiredPositions() {
        sequence.releaseExpired();
    }

    /** Fills reserved positions so trackers see at once that nothing will ever be written there. */
    private void abandon(long position, int count) {
        try {
            commits.insertOne(CommitDocuments.tombstone(position, count, clock.instant()));
        } catch (RuntimeException e) {
            // The gap stays and trackers give it up after the gap timeout: nothing is lost, but every tracker in
            // global order (projections, live updates) waits that long, so it is said.
            LOG.warn("Could not fill {} reserved position(s) from {} with a tombstone; trackers wait for them until the gap "
                    + "timeout", count, position, e);
        }
    }

    /** One commit per aggregate (keyed by the version it builds on); an event without an aggregate stands alone. */
    private static Map<String, List<EventMessage<?>>> groupByCommit(List<? extends EventMessage<?>> events) {
        Map<String, List<EventMessage<?>>> byStream = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            // An application event's identifier may equal some aggregate's identifier; they are still two streams.
            String stream = (event instanceof DomainEventMessage<?> ? "aggregate:" : "event:") + streamOf(event);
            byStream.computeIfAbsent(stream, k -> new ArrayList<>()).add(event);
        }
        Map<String, List<EventMessage<?>>> byCommit = new LinkedHashMap<>();
        byStream.forEach((stream, streamEvents) -> {
            EventMessage<?> first = streamEvents.get(0);
            String id = first instanceof DomainEventMessage<?> domain
                    ? CommitDocuments.commitId(domain.getAggregateIdentifier(), domain.getSequenceNumber())
                    : CommitDocuments.eventOnlyCommitId(first.getIdentifier());
            byCommit.put(id, streamEvents);
        });
        return byCommit;
    }

    private static String streamOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    // ------------------------------------------------------------------ aggregate streams

    /**
     * Reads an aggregate's commits by {@code _id $in} the ids they can have. Commits of one aggregate
     * are contiguous, so the first id of a window that is missing ends the stream: no extra query to
     * find the end. Windows start small (most loads follow a snapshot or are short) and double.
     */
    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return loadFrom(aggregateIdentifier, firstSequenceNumber).stream();
    }

    /**
     * Required by Axon's batching engine, whose only caller is the batching {@code readEventData} overridden
     * above: never reached here. Answers the same as a load would, should Axon ever call it.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return loadFrom(aggregateIdentifier, firstSequenceNumber);
    }

    private List<DomainEventData<?>> loadFrom(String aggregate, long firstSequence) {
        List<DomainEventData<?>> events = new ArrayList<>();
        Document[] lastCommit = {null};
        walk(aggregate, firstSequence, true, null, (commit, expected) -> {
            for (DomainEventData<String> event : CommitDocuments.events(commit)) {
                if (event.getSequenceNumber() >= expected) {
                    events.add(event);
                }
            }
            lastCommit[0] = commit;
        });
        // Commits come in stream order, so only the last one is the head worth remembering.
        if (lastCommit[0] != null) {
            rememberHead(lastCommit[0]);
        }
        return events;
    }

    /**
     * Hands every commit of the stream from {@code firstSequence} on to {@code visit} (with the first
     * sequence it still needs from that commit) and returns the sequence after the stream's last one.
     * {@code mayStartInsideCommit}: whether {@code firstSequence} can lie inside a commit (a load after a
     * snapshot) rather than be known to start one or end the stream. {@code projection} limits what is
     * read of each commit; null reads it whole.
     */
    private long walk(String aggregate, long firstSequence, boolean mayStartInsideCommit, Bson projection,
                      CommitVisitor visit) {
        long expected = firstSequence;
        int window = FIRST_LOAD_WINDOW;
        boolean first = true;
        while (true) {
            List<Document> found = commitsOf(aggregate, expected, expected + window, projection);
            if (first && mayStartInsideCommit && firstSequence > 0
                    && found.stream().noneMatch(c -> CommitDocuments.first(c) == firstSequence)) {
                found.addAll(commitsSpanning(aggregate, firstSequence));
            }
            first = false;
            found.sort(Comparator.comparingLong(CommitDocuments::first));
            long before = expected;
            for (Document commit : found) {
                if (CommitDocuments.last(commit) < expected) {
                    continue;
                }
                if (CommitDocuments.first(commit) > expected) {
                    break;
                }
                visit.visit(commit, expected);
                expected = CommitDocuments.last(commit) + 1;
            }
            if (expected < before + window) {
                return expected;
            }
            window = Math.min(window * 2, MAX_LOAD_WINDOW);
        }
    }

    private interface CommitVisitor {
        void visit(Document commit, long expectedSequence);
    }

    /** Commits whose first sequence lies in {@code [from, to)}. */
    private List<Document> commitsOf(String aggregate, long from, long to) {
        return commitsOf(aggregate, from, to, null);
    }

    private List<Document> commitsOf(String aggregate, long from, long to, Bson projection) {
        List<String> ids = LongStream.range(from, to).mapToObj(s -> CommitDocuments.commitId(aggregate, s)).toList();
        return commits.find(Filters.in(CommitDocuments.ID, ids)).projection(projection).batchSize(READ_BATCH)
                .into(new ArrayList<>());
    }

    /** A commit that began before {@code sequence} and contains it, for a load that starts mid-commit. */
    private List<Document> commitsSpanning(String aggregate, long sequence) {
        return nearestBefore(sequence, (from, to) -> commitsOf(aggregate, from, to), CommitDocuments::first)
                .filter(c -> CommitDocuments.last(c) >= sequence)
                .map(List::of).orElse(List.of());
    }

    /**
     * The nearest commit starting before {@code point} (by {@code start}), found in growing windows.
     * Commits are contiguous, so only that one can contain {@code point}.
     */
    private static Optional<Document> nearestBefore(long point, BiFunction<Long, Long, List<Document>> startingIn,
                                                    ToLongFunction<Document> start) {
        long to = point;
        int window = FIRST_LOAD_WINDOW;
        long limit = Math.max(0, point - MAX_EVENTS_PER_COMMIT + 1);
        while (to > limit) {
            long from = Math.max(limit, to - window);
            Optional<Document> nearest = startingIn.apply(from, to).stream().max(Comparator.comparingLong(start));
            if (nearest.isPresent()) {
                return nearest;
            }
            to = from;
            window = Math.min(window * 2, MAX_LOAD_WINDOW);
        }
        return Optional.empty();
    }

    /**
     * Reads only the commits' sequence fields, never their events. The walk starts after the sequence
     * this process last saw the stream reach: a stored commit never goes away, so that is a lower bound
     * whichever process wrote since, and usually one lookup of the next commit id settles the answer.
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = heads.reached(aggregateIdentifier).orElse(-1) + 1;
        long next = walk(aggregateIdentifier, from, false, Projections.include(CommitDocuments.FIRST, CommitDocuments.LAST),
                (commit, expected) -> heads.remember(aggregateIdentifier, CommitDocuments.last(commit), null, -1));
        return next == 0 ? Optional.empty() : Optional.of(next - 1);
    }

    // ------------------------------------------------------------------ tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = gapAware(lastToken);
        List<Document> found = new ArrayList<>();
        if (token != null && token.hasGaps()) {
            token = withDeadGapsDropped(token, found);
        }
        long index = token == null ? -1 : token.getIndex();
        long head = sequence.head();
        long from = index + 1;
        boolean firstWindow = true;
        while (from <= head) {
            long to = Math.min(head, from + settings.trackingWindow() - 1);
            List<Document> window = commitsAt(LongStream.rangeClosed(from, to).boxed().toList());
            if (firstWindow && from > 0 && lowestPosition(window, to + 1) > from) {
                // The token may stop inside a multi-event commit; its rest is keyed by the commit's first position.
                window.addAll(commitsSpanningPosition(from));
            }
            found.addAll(window);
            if (window.stream().anyMatch(CommitLogEventStorageEngine::holdsEvents)) {
                break;
            }
            // A whole window of positions that hold no event (reserved and never written, or tombstones): look
            // further. A poll that returned no event would leave its caller's token where it was, and the next
            // poll would read the same window again, for ever once nothing more can be written there.
            firstWindow = false;
            from = to + 1;
        }
        found.sort(Comparator.comparingLong(CommitDocuments::position));
        return tracked(token, found);
    }

    /**
     * Looks again at every gap and at the position just after each: a gap is given up once a commit
     * reserved after it was written longer than the gap timeout ago, because no writer commits that late.
     * Commits that fill gaps are added to {@code found}.
     */
    private GapAwareTrackingToken withDeadGapsDropped(GapAwareTrackingToken token, List<Document> found) {
        SortedSet<Long> gaps = token.getGaps();
        Set<Long> positions = new TreeSet<>(gaps);
        gaps.forEach(g -> positions.add(g + 1));
        Instant giveUpBefore = clock.instant().minus(settings.gapTimeout());
        long truncateBelow = -1;
        for (Document commit : commitsAt(new ArrayList<>(positions))) {
            long position = CommitDocuments.position(commit);
            if (gaps.contains(position)) {
                found.add(commit);
            } else if (CommitDocuments.committedAt(commit).isBefore(giveUpBefore)) {
                truncateBelow = Math.max(truncateBelow, position);
            }
        }
        return truncateBelow < 0 ? token : token.withGapsTruncatedAt(truncateBelow);
    }

    /**
     * The token past every gap of it that will never hold an event: a gap a tombstone fills, and a gap given
     * up as in {@link #fetchTrackedEvents}. A gap a commit of events fills is kept, for the next tracking poll
     * to deliver. A poll that passes only tombstones returns no event, and so no token that passed them; a
     * follower that hands events on in global order needs to know that those positions are settled.
     */
    public TrackingToken withEmptyGapsPassed(TrackingToken lastToken) {
        GapAwareTrackingToken token = gapAware(lastToken);
        if (token == null || !token.hasGaps()) {
            return token;
        }
        List<Document> filled = new ArrayList<>();
        token = withDeadGapsDropped(token, filled);
        for (Document commit : filled) {
            long position = CommitDocuments.position(commit);
            int events = commit.getList(CommitDocuments.EVENTS, Document.class).size();
            for (int i = events; i < CommitDocuments.count(commit); i++) {
                if (token.getGaps().contains(position + i)) {
                    token = token.advanceTo(position + i, settings.maxGapOffset());
                }
            }
        }
        return token;
    }

    /** The commit a token stopped inside of, if any. */
    private List<Document> commitsSpanningPosition(long position) {
        return nearestBefore(position, (from, to) -> commitsAt(LongStream.range(from, to).boxed().toList()),
                CommitDocuments::position)
                .filter(c -> CommitDocuments.position(c) + CommitDocuments.count(c) > position)
                .map(List::of).orElse(List.of());
    }

    private static boolean holdsEvents(Document commit) {
        return !commit.getList(CommitDocuments.EVENTS, Document.class).isEmpty();
    }

    private static long lowestPosition(List<Document> commits, long otherwise) {
        return commits.stream().mapToLong(CommitDocuments::position).min().orElse(otherwise);
    }

    private List<TrackedEventData<?>> tracked(GapAwareTrackingToken start, List<Document> found) {
        List<TrackedEventData<?>> tracked = new ArrayList<>();
        GapAwareTrackingToken token = start;
        for (Document commit : found) {
            long position = CommitDocuments.position(commit);
            int events = commit.getList(CommitDocuments.EVENTS, Document.class).size();
            for (int i = 0; i < CommitDocuments.count(commit); i++) {
                long at = position + i;
                if (!isNew(token, at)) {
                    continue;
                }
                token = token == null
                        ? GapAwareTrackingToken.newInstance(at,
                                LongStream.range(Math.max(0, at - settings.maxGapOffset()), at).boxed().toList())
                        : token.advanceTo(at, settings.maxGapOffset());
                if (i < events) {
                    tracked.add(CommitDocuments.trackedEvent(token, commit, i));
                }
            }
        }
        return tracked;
    }

    private static boolean isNew(GapAwareTrackingToken token, long position) {
        return token == null || position > token.getIndex() || token.getGaps().contains(position);
    }

    private List<Document> commitsAt(List<Long> positions) {
        return commits.find(Filters.in(CommitDocuments.POSITION, positions)).batchSize(READ_BATCH).into(new ArrayList<>());
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (token == null || token instanceof GapAwareTrackingToken) {
            return (GapAwareTrackingToken) token;
        }
        throw new IllegalArgumentException("This event store tracks with GapAwareTrackingToken, not "
                + token.getClass().getSimpleName() + "; reset the processor's token");
    }

    /** The hash of the last stored event of every stream, by stream id (a scan: an audit operation, not a hot path). */
    public SortedMap<String, String> streamHeads() {
        SortedMap<String, Long> lastSequence = new TreeMap<>();
        SortedMap<String, String> heads = new TreeMap<>();
        for (Document commit : commits.find(Filters.exists(CommitDocuments.AGGREGATE)).batchSize(READ_BATCH)) {
            String aggregate = commit.getString(CommitDocuments.AGGREGATE);
            long last = CommitDocuments.last(commit);
            if (last >= lastSequence.getOrDefault(aggregate, -1L)) {
                lastSequence.put(aggregate, last);
                heads.put(aggregate, CommitDocuments.lastHash(commit));
            }
        }
        return heads;
    }

    /** The last global position reserved so far (-1 for an empty log): what projections are measured against. */
    public long headPosition() {
        return sequence.head();
    }

    /**
     * How many events are stored at global positions after {@code afterPosition} up to {@code upToPosition}:
     * what a projection at the one still has to fold to reach the other. Positions reserved but never used
     * (tombstones, abandoned blocks) hold no event and are not counted. Reads the positions window by window
     * through the unique position index, fetching only the fields that say how many events a commit holds.
     */
    public long eventsBetween(long afterPosition, long upToPosition) {
        long from = Math.max(0, afterPosition + 1);
        if (upToPosition < from) {
            return 0;
        }
        int window = settings.trackingWindow() * COUNTING_WINDOWS;
        long events = 0;
        long start = from;
        boolean first = true;
        while (from <= upToPosition) {
            long to = Math.min(upToPosition, from + window - 1);
            List<Document> found = commits.find(Filters.in(CommitDocuments.POSITION, LongStream.rangeClosed(from, to).boxed().toList()))
                    .projection(Projections.include(CommitDocuments.POSITION, CommitDocuments.COUNT, CommitDocuments.LATEST_TIMESTAMP))
                    .batchSize(READ_BATCH).into(new ArrayList<>());
            if (first && from > 0) {
                found.addAll(commitsSpanningPosition(from));
            }
            first = false;
            for (Document commit : found) {
                if (!commit.containsKey(CommitDocuments.LATEST_TIMESTAMP)) {
                    continue; // a tombstone: positions nobody wrote
                }
                // A commit is counted whole in the window it starts in, up to the end of the range.
                long counted = Math.max(CommitDocuments.position(commit), start);
                long last = Math.min(CommitDocuments.position(commit) + CommitDocuments.count(commit) - 1, upToPosition);
                events += Math.max(0, last - counted + 1);
            }
            from = to + 1;
        }
        return events;
    }

    /**
     * The global position of the last event actually stored (-1 for none): the head of the log as readers
     * see it, below the reserved head whenever positions were reserved and not (yet) used. Looks back at most
     * {@code maxGapOffset} positions.
     */
    public long lastEventPosition() {
        long to = sequence.head();
        long limit = Math.max(0, to - settings.maxGapOffset());
        while (to >= limit && to >= 0) {
            long from = Math.max(limit, to - settings.trackingWindow() + 1);
            List<Document> window = commitsAt(LongStream.rangeClosed(from, to).boxed().toList());
            if (from > 0) {
                window.addAll(commitsSpanningPosition(from));
            }
            long upTo = to;
            OptionalLong last = window.stream().filter(c -> c.containsKey(CommitDocuments.LATEST_TIMESTAMP))
                    .mapToLong(c -> Math.min(upTo, CommitDocuments.position(c) + CommitDocuments.count(c) - 1)).max();
            if (last.isPresent()) {
                return last.getAsLong();
            }
            to = from - 1;
        }
        return -1;
    }

    /** The timestamp the event at this global position carries; empty when the position holds no event. */
    public Optional<Instant> timestampAt(long position) {
        if (position < 0) {
            return Optional.empty();
        }
        List<Document> found = commitsAt(List.of(position));
        if (found.isEmpty()) {
            found = commitsSpanningPosition(position);
        }
        return found.stream().filter(c -> c.containsKey(CommitDocuments.LATEST_TIMESTAMP)).findFirst().flatMap(commit -> {
            List<Instant> timestamps = CommitDocuments.timestamps(commit);
            int index = (int) (position - CommitDocuments.position(commit));
            return index >= 0 && index < timestamps.size() ? Optional.of(timestamps.get(index)) : Optional.empty();
        });
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * Not simply a token at the last reserved position: this and other processes are still writing into
     * the blocks they reserved below it. See {@link #tokenBefore}.
     */
    @Override
    public TrackingToken createHeadToken() {
        long head = sequence.head();
        return head < 0 ? null : tokenBefore(head + 1);
    }

    /**
     * Just before the first event, in global order, whose own timestamp is at or after {@code dateTime}: Axon
     * means the time an event carries, not when it was stored. Rare (an operator resetting a processor to a
     * date), so a sorted read is acceptable here; {@code latestTimestamp} (to the millisecond, rounded down)
     * narrows it to the commits that can hold such an event, and their events' exact timestamps decide.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long after = -1;
        while (true) {
            Document candidate = commits.find(Filters.and(
                            Filters.gte(CommitDocuments.LATEST_TIMESTAMP, Date.from(dateTime)),
                            Filters.gt(CommitDocuments.POSITION, after)))
                    .sort(Sorts.ascending(CommitDocuments.POSITION)).limit(1).first();
            if (candidate == null) {
                return createHeadToken();
            }
            List<Instant> timestamps = CommitDocuments.timestamps(candidate);
            for (int i = 0; i < timestamps.size(); i++) {
                if (!timestamps.get(i).isBefore(dateTime)) {
                    return tokenBefore(CommitDocuments.position(candidate) + i);
                }
            }
            after = CommitDocuments.position(candidate);
        }
    }

    /**
     * A token that has seen every written position below {@code end} and still awaits those below it
     * that are reserved but not written and may yet be: a writer of this or another process is inside
     * its commit deadline there, and a token past them would never deliver its commit. Positions are
     * handed out in increasing order, so below a commit whose block was reserved longer than the commit
     * deadline ago nothing more can appear. Looks back window by window until such a commit, at most
     * {@code maxGapOffset} positions. Null (the tail) when nothing below {@code end} is written at all.
     */
    private GapAwareTrackingToken tokenBefore(long end) {
        Instant settledBefore = clock.instant().minus(settings.commitDeadline());
        long limit = Math.max(0, end - settings.maxGapOffset());
        BitSet written = new BitSet();
        long settledUpTo = limit - 1;
        long to = end;
        while (to > limit && settledUpTo < to) {
            long from = Math.max(limit, to - settings.trackingWindow());
            List<Document> window = commitsAt(LongStream.range(from, to).boxed().toList());
            if (from == limit && from > 0 && lowestPosition(window, to) > from) {
                window.addAll(commitsSpanningPosition(from));
            }
            for (Document commit : window) {
                long first = CommitDocuments.position(commit);
                long last = first + CommitDocuments.count(commit) - 1;
                written.set((int) (Math.max(first, limit) - limit), (int) (Math.min(last, end - 1) - limit + 1));
                if (CommitDocuments.committedAt(commit).isBefore(settledBefore)) {
                    settledUpTo = Math.max(settledUpTo, last);
                }
            }
            to = from;
        }
        long index = limit + written.length() - 1;
        if (index < 0) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        for (long p = Math.max(to, settledUpTo + 1); p < index; p++) {
            if (!written.get((int) (p - limit))) {
                gaps.add(p);
            }
        }
        return GapAwareTrackingToken.newInstance(index, gaps);
    }

    // ------------------------------------------------------------------ snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregate = snapshot.getAggregateIdentifier();
        Document existing = snapshots.find(Filters.eq(CommitDocuments.ID, aggregate)).first();
        if (existing != null && existing.getLong("sequence") >= snapshot.getSequenceNumber()) {
            return;
        }
        Document document = new Document(CommitDocuments.ID, aggregate)
                .append("aggregateType", snapshot.getType())
                .append("sequence", snapshot.getSequenceNumber())
                .append("event", CommitDocuments.event(snapshot, serializer));
        snapshots.replaceOne(Filters.eq(CommitDocuments.ID, aggregate), document, new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(CommitDocuments.ID, aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(CommitDocuments.eventData(snapshot.getString("aggregateType"), aggregateIdentifier,
                snapshot.get("event", Document.class)));
    }

    /**
     * Axon's engine builder, plus where and how this engine stores: the database and the {@link Settings}
     * (both required), the {@link StreamChain} (none unless set) and the clock. Tracking polls read
     * {@link Settings#trackingWindow()} positions at a time, and setting the settings sets Axon's batch
     * size to match. Duplicate keys are recognised by {@link #isDuplicateKey} unless another resolver is set.
     */
    public static final class Builder extends BatchingEventStorageEngine.Builder {
        private MongoDatabase database;
        private StreamChain chain;
        private Clock clock = Clock.systemUTC();
        private Settings settings;
        private PersistenceExceptionResolver duplicateKeys;
        private AppendObserver observer = AppendObserver.NONE;

        private Builder() {
            persistenceExceptionResolver(CommitLogEventStorageEngine::isDuplicateKey);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** @param chain how stored events are hash-chained per stream; null for no chain */
        public Builder chain(StreamChain chain) {
            this.chain = chain;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param observer told of every append's outcome and duration; none unless set */
        public Builder appendObserver(AppendObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        public Builder settings(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            batchSize(settings.trackingWindow());
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            this.duplicateKeys = persistenceExceptionResolver;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder finalAggregateBatchPredicate(Predicate<List<? extends DomainEventData<?>>> predicate) {
            super.finalAggregateBatchPredicate(predicate);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            BuilderUtils.assertNonNull(database, "The database of a CommitLogEventStorageEngine is required");
            BuilderUtils.assertNonNull(settings, "The settings of a CommitLogEventStorageEngine are required");
        }

        public CommitLogEventStorageEngine build() {
            return new CommitLogEventStorageEngine(this);
        }
    }
}
