package org.entente.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.SortedMap;
import java.util.TreeMap;

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

    static final String COMMITS = "event_commits";
    static final String SNAPSHOTS = "event_snapshots";
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

    /** About 100 bytes each: a few MB for the streams a busy registry touches. */
    private static final int STREAM_HEADS_REMEMBERED = 20_000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final GlobalSequence sequence;
    private final StreamHeads heads = new StreamHeads(STREAM_HEADS_REMEMBERED);
    private final Clock clock;
    private final Settings settings;
    private final StreamChain chain;
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
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(60), Duration.ofSeconds(20), 10_000, 256, 64, true);
        }
    }

    /** A point between the steps of an append where tests make it fail, as a crash would. */
    interface AppendInterruption {
        AppendInterruption NONE = (first, count) -> {
        };

        void afterReservation(long firstPosition, int count);
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
        commits.createIndex(Indexes.ascending(CommitDocuments.POSITION), new IndexOptions().unique(true));
        if (settings.queryIndexes()) {
            commits.createIndex(Indexes.ascending(CommitDocuments.COMMITTED_AT));
            commits.createIndex(Indexes.ascending(CommitDocuments.AGGREGATE));
        }
    }

    /** @param chain how stored events are hash-chained per stream; null for no chain */
    public static CommitLogEventStorageEngine create(MongoDatabase database, Serializer eventSerializer,
                                                     Serializer snapshotSerializer, SnapshotFilter snapshotFilter,
                                                     EventUpcaster upcasters, StreamChain chain, Clock clock,
                                                     Settings settings) {
        Builder builder = new Builder(database, chain, clock, settings);
        builder.eventSerializer(eventSerializer);
        builder.upcasterChain(upcasters);
        builder.snapshotSerializer(snapshotSerializer);
        builder.snapshotFilter(snapshotFilter);
        builder.batchSize(settings.trackingWindow());
        // Commits may hold several events, so a short batch does not mean the stream ended; an empty one does.
        builder.finalAggregateBatchPredicate(List::isEmpty);
        return new CommitLogEventStorageEngine(builder);
    }

    void interruptAppendsWith(AppendInterruption interruption) {
        this.interruption = interruption;
    }

    // ------------------------------------------------------------------ append

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, List<EventMessage<?>>> byCommit = groupByCommit(events);
        GlobalSequence.Reservation reservation = sequence.reserve(events.size());
        long position = reservation.first();
        interruption.afterReservation(position, events.size());
        long end = position + events.size();
        for (Map.Entry<String, List<EventMessage<?>>> commit : byCommit.entrySet()) {
            List<EventMessage<?>> commitEvents = commit.getValue();
            long after = position + commitEvents.size();
            try {
                insert(commit.getKey(), commitEvents, position, reservation.reservedAt(), serializer);
            } catch (RuntimeException e) {
                // The commits after a failed one are not attempted; their positions will never be written.
                if (after < end) {
                    abandon(after, (int) (end - after));
                }
                throw e;
            }
            position = after;
        }
    }

    private void insert(String commitId, List<EventMessage<?>> events, long position, Instant reservedAt,
                        Serializer serializer) {
        if (events.size() > MAX_EVENTS_PER_COMMIT) {
            abandon(position, events.size());
            throw new IllegalArgumentException("A command may store at most " + MAX_EVENTS_PER_COMMIT
                    + " events for one aggregate; " + commitId + " has " + events.size());
        }
        if (Duration.between(reservedAt, clock.instant()).compareTo(settings.commitDeadline()) > 0) {
            abandon(position, events.size());
            throw new IllegalStateException("Commit " + commitId + " missed its deadline and was abandoned; retry the command");
        }
        Document commit = CommitDocuments.commit(commitId, events, position, reservedAt, serializer, chain,
                previousHashOf(events.get(0)));
        try {
            commits.insertOne(commit);
        } catch (MongoWriteException e) {
            if (isVersionConflict(e)) {
                abandon(position, events.size());
                throw new ConcurrencyException("Another change to '" + aggregateOf(events.get(0))
                        + "' was stored first at the same version (" + commitId + ")", e);
            }
            throw e;
        }
        rememberHead(commit);
    }

    private void rememberHead(Document commit) {
        String aggregate = commit.getString(CommitDocuments.AGGREGATE);
        if (aggregate != null) {
            List<Document> stored = commit.getList(CommitDocuments.EVENTS, Document.class);
            heads.remember(aggregate, CommitDocuments.last(commit), stored.get(stored.size() - 1).getString("hash"));
        }
    }

    /** The hash of the event before this one in its stream; a writer that loses the race computed it in vain. */
    private String previousHashOf(EventMessage<?> first) {
        if (chain == null || !(first instanceof DomainEventMessage<?> domain)) {
            return null;
        }
        if (domain.getSequenceNumber() == 0) {
            return chain.genesis();
        }
        Optional<String> remembered = heads.hashOf(domain.getAggregateIdentifier(), domain.getSequenceNumber() - 1);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        return nearestBefore(domain.getSequenceNumber(), (from, to) -> commitsOf(domain.getAggregateIdentifier(), from, to),
                CommitDocuments::first)
                .filter(c -> CommitDocuments.last(c) == domain.getSequenceNumber() - 1)
                .map(c -> c.getList(CommitDocuments.EVENTS, Document.class))
                .map(stored -> stored.get(stored.size() - 1).getString("hash"))
                .orElse(chain.genesis());
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

    /** The commit id was taken; a duplicate position would be a broken sequence, not a conflict. */
    private static boolean isVersionConflict(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                && !e.getError().getMessage().contains(CommitDocuments.POSITION);
    }

    /** Tombstones the positions this process reserved but did not use; called when the application stops. */
    public void releaseReservedPositions() {
        sequence.releaseUnused();
    }

    /** Fills reserved positions so trackers see at once that nothing will ever be written there. */
    private void abandon(long position, int count) {
        try {
            commits.insertOne(CommitDocuments.tombstone(position, count, clock.instant()));
        } catch (RuntimeException ignored) {
            // The gap stays; trackers give it up after the gap timeout. Nothing is lost either way.
        }
    }

    /** One commit per aggregate (keyed by the version it builds on); an event without an aggregate stands alone. */
    private static Map<String, List<EventMessage<?>>> groupByCommit(List<? extends EventMessage<?>> events) {
        Map<String, List<EventMessage<?>>> byStream = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            byStream.computeIfAbsent(aggregateOf(event), k -> new ArrayList<>()).add(event);
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

    private static String aggregateOf(EventMessage<?> event) {
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

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return loadFrom(aggregateIdentifier, firstSequenceNumber);
    }

    private List<DomainEventData<?>> loadFrom(String aggregate, long firstSequence) {
        List<DomainEventData<?>> events = new ArrayList<>();
        long expected = firstSequence;
        int window = FIRST_LOAD_WINDOW;
        boolean first = true;
        while (true) {
            List<Document> found = commitsOf(aggregate, expected, expected + window);
            if (first && found.stream().noneMatch(c -> CommitDocuments.first(c) == firstSequence) && firstSequence > 0) {
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
                for (DomainEventData<String> event : CommitDocuments.events(commit)) {
                    if (event.getSequenceNumber() >= expected) {
                        events.add(event);
                    }
                }
                rememberHead(commit);
                expected = CommitDocuments.last(commit) + 1;
            }
            if (expected < before + window) {
                return events;
            }
            window = Math.min(window * 2, MAX_LOAD_WINDOW);
        }
    }

    /** Commits whose first sequence lies in {@code [from, to)}. */
    private List<Document> commitsOf(String aggregate, long from, long to) {
        List<String> ids = LongStream.range(from, to).mapToObj(s -> CommitDocuments.commitId(aggregate, s)).toList();
        return commits.find(Filters.in(CommitDocuments.ID, ids)).batchSize(READ_BATCH).into(new ArrayList<>());
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

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<DomainEventData<?>> events = loadFrom(aggregateIdentifier, 0);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).getSequenceNumber());
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
            if (!window.isEmpty()) {
                break;
            }
            // A whole window of reserved-but-empty positions: look further rather than stall.
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

    /** The commit a token stopped inside of, if any. */
    private List<Document> commitsSpanningPosition(long position) {
        return nearestBefore(position, (from, to) -> commitsAt(LongStream.range(from, to).boxed().toList()),
                CommitDocuments::position)
                .filter(c -> CommitDocuments.position(c) + CommitDocuments.count(c) > position)
                .map(List::of).orElse(List.of());
    }

    private static long lowestPosition(List<Document> commits, long otherwise) {
        return commits.stream().mapToLong(CommitDocuments::position).min().orElse(otherwise);
    }

    private List<TrackedEventData<?>> tracked(GapAwareTrackingToken start, List<Document> found) {
        List<TrackedEventData<?>> tracked = new ArrayList<>();
        GapAwareTrackingToken token = start;
        for (Document commit : found) {
            long position = CommitDocuments.position(commit);
            List<DomainEventData<String>> events = CommitDocuments.events(commit);
            for (int i = 0; i < CommitDocuments.count(commit); i++) {
                long at = position + i;
                if (!isNew(token, at)) {
                    continue;
                }
                token = token == null
                        ? GapAwareTrackingToken.newInstance(at,
                                LongStream.range(Math.max(0, at - settings.maxGapOffset()), at).boxed().toList())
                        : token.advanceTo(at, settings.maxGapOffset());
                if (i < events.size()) {
                    tracked.add(new TrackedDomainEventData<>(token, events.get(i)));
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
                List<Document> events = commit.getList(CommitDocuments.EVENTS, Document.class);
                lastSequence.put(aggregate, last);
                heads.put(aggregate, events.get(events.size() - 1).getString("hash"));
            }
        }
        return heads;
    }

    /** The last global position reserved so far (-1 for an empty log): what projections are measured against. */
    public long headPosition() {
        return sequence.head();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = sequence.head();
        return head < 0 ? null : GapAwareTrackingToken.newInstance(head, List.of());
    }

    /** Rare (an operator resetting a processor to a date), so a sorted read is acceptable here. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(Filters.gte(CommitDocuments.COMMITTED_AT, Date.from(dateTime)))
                .sort(Sorts.ascending(CommitDocuments.POSITION)).first();
        if (first == null) {
            return createHeadToken();
        }
        long position = CommitDocuments.position(first);
        return position == 0 ? null : GapAwareTrackingToken.newInstance(position - 1, List.of());
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

    private static final class Builder extends BatchingEventStorageEngine.Builder {
        private final MongoDatabase database;
        private final StreamChain chain;
        private final Clock clock;
        private final Settings settings;

        private Builder(MongoDatabase database, StreamChain chain, Clock clock, Settings settings) {
            this.database = database;
            this.chain = chain;
            this.clock = clock;
            this.settings = settings;
        }
    }
}
