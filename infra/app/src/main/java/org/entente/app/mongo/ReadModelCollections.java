package org.entente.app.mongo;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where every read-model collection is looked up, so that a projection can be rebuilt without a gap for its
 * readers (blue/green). Each projection (processing group) has an active generation of its collections,
 * named in a small document per group in {@code read_model_generations}; generation 0 is the plain collection
 * name, generation n the name with {@code __g<n>}. A rebuild builds the next generation beside the active one:
 * the projection's own handlers, and only they, write and read the new collections while every reader keeps
 * reading the complete old ones; when the replay has caught up, one update of the group's document switches
 * every collection of the group at once, and the old ones are dropped once no reader can still be using them.
 * <p>
 * The group's document is read through a cache that lives {@code checkInterval}: a switch made here is seen at
 * once, one made by another instance within that time, and old collections are kept far longer than that.
 * <p>
 * A store obtains its collections here, with the processing group that writes them, and keeps the handle:
 * {@code collections.documents(GROUP, "name", Type.class, indexes...)} or
 * {@code collections.collection(GROUP, "name", indexes...).current()} at each access.
 */
public final class ReadModelCollections {

    public static final String GENERATIONS = "read_model_generations";

    private static final Logger log = LoggerFactory.getLogger(ReadModelCollections.class);
    private static final String GENERATION_SUFFIX = "__g";

    /** The group whose handler this thread is running: it writes the generation being built. */
    private static final ThreadLocal<String> FOLDING = new ThreadLocal<>();
    /** The groups a read on this thread went to, when someone asked to know. */
    private static final ThreadLocal<Set<String>> READ = new ThreadLocal<>();

    /**
     * A group's generations. {@code building} is the generation a rebuild fills (null when none runs);
     * {@code replaying} whether its processor was reset to replay into it, so a rebuild that never got that far
     * is abandoned rather than switched to. {@code collections} names the group's collections, so that a
     * generation can be dropped before the stores have named them (at start-up).
     */
    public record Generations(long active, Long building, boolean replaying, Instant rebuildStartedAt, long rebuildEvents,
                              long rebuildHead, List<Retired> retired, List<String> collections) {

        static final Generations INITIAL = new Generations(0, null, false, null, 0, -1, List.of(), List.of());

        /** Where the group's handlers write: the generation being built from the moment it is prepared. */
        long writing() {
            return building != null ? building : active;
        }
    }

    /** A generation readers have left, and when: dropped once nobody can still be reading it. */
    public record Retired(long generation, Instant at) {
    }

    private record Registered(String group, List<Bson> indexes) {
    }

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final QueryIndexes indexes;
    private final Clock clock;
    private final Duration retiredKept;
    private final LoadingCache<String, Generations> cache;
    private final Map<String, Registered> registered = new ConcurrentHashMap<>();

    public ReadModelCollections(MongoDatabase database, QueryIndexes indexes, Clock clock, Duration checkInterval,
                                Duration retiredKept) {
        this.database = database;
        this.generations = database.getCollection(GENERATIONS);
        this.indexes = indexes;
        this.clock = clock;
        this.retiredKept = retiredKept;
        this.cache = Caffeine.newBuilder().expireAfterWrite(checkInterval).build(this::load);
    }

    /** The collection {@code name} of the read model that {@code processingGroup} folds, with its query indexes. */
    public ReadModelCollection collection(String processingGroup, String name, Bson... queryIndexes) {
        Registered previous = registered.putIfAbsent(name, new Registered(processingGroup, List.of(queryIndexes)));
        if (previous != null && !previous.group().equals(processingGroup)) {
            throw new IllegalStateException("The read-model collection '" + name + "' belongs to " + previous.group()
                    + ", not to " + processingGroup);
        }
        ReadModelCollection collection = new ReadModelCollection(this, processingGroup, name);
        for (long generation : generationsInUse(processingGroup)) {
            ensureIndexes(physicalName(name, generation), List.of(queryIndexes));
        }
        return collection;
    }

    /** The same, as documents of one type. */
    public <T> DocumentCollection<T> documents(String processingGroup, String name, Class<T> type, Bson... queryIndexes) {
        return new DocumentCollection<>(collection(processingGroup, name, queryIndexes), type);
    }

    /** The generation of a registered collection that readers read now; for audits, administration and tests. */
    public MongoCollection<Document> active(String name) {
        Registered known = registered.get(name);
        if (known == null) {
            throw new IllegalArgumentException("No read-model collection '" + name + "'");
        }
        return database.getCollection(physicalName(name, generationsOf(known.group()).active()));
    }

    /** Runs a projection's handler (or reset) so that it writes where its group writes now. */
    public static <T> T foldingFor(String processingGroup, Callable<T> work) throws Exception {
        String outer = FOLDING.get();
        FOLDING.set(processingGroup);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                FOLDING.remove();
            } else {
                FOLDING.set(outer);
            }
        }
    }

    /** Runs a read and notes the processing groups whose collections it read into {@code groups}. */
    public static <T> T noting(Set<String> groups, Supplier<T> read) {
        Set<String> outer = READ.get();
        READ.set(groups);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                READ.remove();
            } else {
                outer.addAll(groups);
                READ.set(outer);
            }
        }
    }

    MongoCollection<Document> resolve(String processingGroup, String name) {
        Generations current = generationsOf(processingGroup);
        boolean folding = processingGroup.equals(FOLDING.get());
        Set<String> read = READ.get();
        if (read != null && !folding) {
            read.add(processingGroup);
        }
        return database.getCollection(physicalName(name, folding ? current.writing() : current.active()));
    }

    public Generations generationsOf(String processingGroup) {
        return cache.get(processingGroup);
    }

    /** The rebuild of the group under way, if one is. */
    public Optional<Generations> rebuildOf(String processingGroup) {
        Generations current = generationsOf(processingGroup);
        return current.building() == null ? Optional.empty() : Optional.of(current);
    }

    // ------------------------------------------------------------------ rebuilds

    /**
     * Prepares the next generation of the group: empty collections with their indexes. Until
     * {@link #replayStarted} nothing writes there, and a restart in between abandons it.
     *
     * @param events how many events the log held when the rebuild started
     * @param head   the position of the last of them
     */
    public synchronized long prepareRebuild(String processingGroup, long events, long head) {
        Generations current = load(processingGroup);
        if (current.building() != null) {
            dropGeneration(current, current.building());
        }
        long next = Math.max(current.active(), current.retired().stream().mapToLong(Retired::generation).max().orElse(0)) + 1;
        Generations prepared = new Generations(current.active(), next, false, clock.instant(), events, head, current.retired(),
                namesOf(processingGroup, current));
        dropGeneration(prepared, next);
        registered.forEach((name, known) -> {
            if (known.group().equals(processingGroup)) {
                ensureIndexes(physicalName(name, next), known.indexes());
            }
        });
        store(processingGroup, prepared);
        return next;
    }

    /** From now on the group's handlers write the generation being built. */
    public synchronized void replayStarted(String processingGroup) {
        Generations current = load(processingGroup);
        if (current.building() == null) {
            throw new IllegalStateException("No rebuild of " + processingGroup + " is prepared");
        }
        store(processingGroup, new Generations(current.active(), current.building(), true, current.rebuildStartedAt(),
                current.rebuildEvents(), current.rebuildHead(), current.retired(), current.collections()));
    }

    /** Readers move to the rebuilt generation, all of the group's collections at once; the old one is retired. */
    public synchronized void completeRebuild(String processingGroup) {
        Generations current = load(processingGroup);
        if (current.building() == null || !current.replaying()) {
            return;
        }
        List<Retired> retired = new ArrayList<>(current.retired());
        retired.add(new Retired(current.active(), clock.instant()));
        store(processingGroup, new Generations(current.building(), null, false, null, 0, -1, retired,
                namesOf(processingGroup, current)));
        log.info("Projection {} switched to generation {}; generation {} is retired", processingGroup, current.building(),
                current.active());
    }

    /**
     * At start-up, before projections run: a rebuild that stopped before its replay began would otherwise be
     * switched to while empty, so it is abandoned and its collections dropped. One whose replay began goes on
     * where its processor's token stands, and readers stay on the complete generation until it has caught up.
     */
    public synchronized void abandonUnstartedRebuilds() {
        for (Document document : generations.find()) {
            String group = document.getString("_id");
            Generations current = read(document);
            if (current.building() != null && !current.replaying()) {
                dropGeneration(current, current.building());
                store(group, new Generations(current.active(), null, false, null, 0, -1, current.retired(), current.collections()));
                log.warn("The rebuild of projection {} was interrupted before its replay began and is abandoned; start it again",
                        group);
            }
        }
    }

    /** Drops the generations readers left longer ago than they could still be reading them. */
    public synchronized void dropRetired() {
        Instant before = clock.instant().minus(retiredKept);
        for (Document document : generations.find()) {
            String group = document.getString("_id");
            Generations current = read(document);
            List<Retired> kept = new ArrayList<>();
            for (Retired retired : current.retired()) {
                if (retired.at().isBefore(before)) {
                    dropGeneration(current, retired.generation());
                } else {
                    kept.add(retired);
                }
            }
            if (kept.size() != current.retired().size()) {
                store(group, new Generations(current.active(), current.building(), current.replaying(),
                        current.rebuildStartedAt(), current.rebuildEvents(), current.rebuildHead(), kept, current.collections()));
            }
        }
    }

    // ------------------------------------------------------------------ storage

    private Set<Long> generationsInUse(String processingGroup) {
        Generations current = generationsOf(processingGroup);
        Set<Long> inUse = new HashSet<>();
        inUse.add(current.active());
        if (current.building() != null) {
            inUse.add(current.building());
        }
        return inUse;
    }

    private void ensureIndexes(String physicalName, List<Bson> keys) {
        MongoCollection<Document> collection = database.getCollection(physicalName);
        keys.forEach(key -> indexes.ensure(collection, key));
    }

    /** Never generation 0 of a collection a store named but the group's document does not know yet. */
    private void dropGeneration(Generations group, long generation) {
        group.collections().forEach(name -> database.getCollection(physicalName(name, generation)).drop());
    }

    /** The group's collections: those its stores named in this process, and those its document knows. */
    private List<String> namesOf(String processingGroup, Generations current) {
        Set<String> names = new TreeSet<>(current.collections());
        registered.forEach((name, known) -> {
            if (known.group().equals(processingGroup)) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    static String physicalName(String name, long generation) {
        return generation == 0 ? name : name + GENERATION_SUFFIX + generation;
    }

    private Generations load(String processingGroup) {
        Document document = generations.find(Filters.eq("_id", processingGroup)).first();
        return document == null ? Generations.INITIAL : read(document);
    }

    private void store(String processingGroup, Generations value) {
        List<Document> retired = value.retired().stream()
                .map(r -> new Document("generation", r.generation()).append("at", Date.from(r.at()))).toList();
        Document document = new Document("_id", processingGroup)
                .append("active", value.active())
                .append("building", value.building())
                .append("replaying", value.replaying())
                .append("rebuildStartedAt", value.rebuildStartedAt() == null ? null : Date.from(value.rebuildStartedAt()))
                .append("rebuildEvents", value.rebuildEvents())
                .append("rebuildHead", value.rebuildHead())
                .append("retired", retired)
                .append("collections", value.collections());
        generations.replaceOne(Filters.eq("_id", processingGroup), document, new ReplaceOptions().upsert(true));
        cache.put(processingGroup, value);
    }

    private static Generations read(Document document) {
        List<Retired> retired = document.getList("retired", Document.class, List.of()).stream()
                .map(r -> new Retired(((Number) r.get("generation")).longValue(), r.getDate("at").toInstant())).toList();
        Number building = (Number) document.get("building");
        Date startedAt = document.getDate("rebuildStartedAt");
        return new Generations(((Number) document.get("active")).longValue(), building == null ? null : building.longValue(),
                Boolean.TRUE.equals(document.getBoolean("replaying")), startedAt == null ? null : startedAt.toInstant(),
                ((Number) document.get("rebuildEvents", 0L)).longValue(), ((Number) document.get("rebuildHead", -1L)).longValue(),
                retired, document.getList("collections", String.class, List.of()));
    }
}
