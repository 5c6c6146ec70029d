package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.query.arrangement.ArrangementListings.Chunk;
import org.entente.query.arrangement.ArrangementListings.ChunkRef;
import org.entente.query.arrangement.ArrangementListings.Directory;
import org.entente.query.arrangement.ArrangementListings.Entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrangement lists, in title order, as chunks that split when they grow: a page is found from
 * the directory's counts and read from the one or two chunks that hold it, whatever the size of the
 * registry. An update reads the directories of its scopes at once and writes in three batches, in a
 * safe order: new and changed chunks, then the directories naming them, then the chunks a split
 * trimmed. A reader takes from each chunk only the entries of its range, so an update cut short by a
 * crash shows nothing twice, and the redelivered event finishes it.
 */
public final class ArrangementListing implements ArrangementIndex {

    static final String REGISTRY = "registry";
    private static final int SPLIT_ABOVE = 400;

    static final Comparator<Entry> TITLE_ORDER = Comparator.comparing(Entry::title).thenComparing(Entry::id);

    private final ArrangementListings listings;

    public ArrangementListing(ArrangementListings listings) {
        this.listings = listings;
    }

    static String partyTo(String party) {
        return "party:" + party;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        Entry now = entryOf(after);
        Entry was = before == null ? null : entryOf(before);
        if (now.equals(was)) {
            return;
        }
        List<String> scopes = new ArrayList<>();
        scopes.add(REGISTRY);
        after.parties().forEach(p -> scopes.add(partyTo(p)));
        Map<String, Directory> directories = listings.directories(scopes);
        Changes changes = new Changes();
        for (String scope : scopes) {
            Directory directory = directories.getOrDefault(scope,
                    new Directory(scope, 1, List.of(new ChunkRef(scope + "#0", null, null, Map.of()))));
            if (was != null && TITLE_ORDER.compare(was, now) != 0) {
                directory = remove(directory, was, changes);
            }
            changes.directories.add(put(directory, now, changes));
        }
        changes.write(listings);
    }

    @Override
    public void clear() {
        listings.deleteAll();
    }

    static Entry entryOf(ArrangementDocument document) {
        return new Entry(document.title(), document.id(), document.status(), document.parties());
    }

    /**
     * The writes of one update, in an order that keeps every list readable if it is cut short: chunks a split
     * creates and chunks that only change first, then the directories, then the chunks a split trimmed.
     */
    private final class Changes {
        final Map<String, Chunk> loaded = new LinkedHashMap<>();
        final Map<String, Chunk> first = new LinkedHashMap<>();
        final List<Directory> directories = new ArrayList<>();
        final Map<String, Chunk> last = new LinkedHashMap<>();

        /** The chunk's entries within its range, as this update left them so far. */
        List<Entry> entriesOf(Directory directory, int at) {
            String id = directory.chunks().get(at).chunkId();
            Chunk chunk = last.containsKey(id) ? last.get(id) : first.containsKey(id) ? first.get(id)
                    : loaded.computeIfAbsent(id, key -> listings.chunks(List.of(key)).get(key));
            List<Entry> entries = new ArrayList<>();
            if (chunk != null) {
                chunk.entries().stream().filter(e -> inRange(directory, at, e)).forEach(entries::add);
            }
            return entries;
        }

        void write(ArrangementListings store) {
            if (!first.isEmpty()) {
                store.saveChunks(first.values());
            }
            store.saveDirectories(directories);
            if (!last.isEmpty()) {
                store.saveChunks(last.values());
            }
        }
    }

    private Directory put(Directory directory, Entry entry, Changes changes) {
        int at = chunkFor(directory, entry);
        List<Entry> entries = changes.entriesOf(directory, at);
        entries.removeIf(e -> e.id().equals(entry.id()));
        entries.add(entry);
        entries.sort(TITLE_ORDER);
        List<ChunkRef> refs = new ArrayList<>(directory.chunks());
        ChunkRef ref = refs.get(at);
        if (entries.size() <= SPLIT_ABOVE) {
            changes.first.put(ref.chunkId(), new Chunk(ref.chunkId(), entries));
            changes.last.remove(ref.chunkId());
            refs.set(at, new ChunkRef(ref.chunkId(), ref.firstTitle(), ref.firstId(), counts(entries)));
            return new Directory(directory.scope(), directory.nextChunk(), refs);
        }
        List<Entry> lower = new ArrayList<>(entries.subList(0, entries.size() / 2));
        List<Entry> upper = new ArrayList<>(entries.subList(entries.size() / 2, entries.size()));
        String upperId = directory.scope() + "#" + directory.nextChunk();
        changes.first.put(upperId, new Chunk(upperId, upper));
        changes.first.remove(ref.chunkId());
        changes.last.put(ref.chunkId(), new Chunk(ref.chunkId(), lower));
        refs.set(at, new ChunkRef(ref.chunkId(), ref.firstTitle(), ref.firstId(), counts(lower)));
        refs.add(at + 1, new ChunkRef(upperId, upper.get(0).title(), upper.get(0).id(), counts(upper)));
        return new Directory(directory.scope(), directory.nextChunk() + 1, refs);
    }

    private Directory remove(Directory directory, Entry entry, Changes changes) {
        int at = chunkFor(directory, entry);
        List<Entry> entries = changes.entriesOf(directory, at);
        if (!entries.removeIf(e -> e.id().equals(entry.id()))) {
            return directory;
        }
        ChunkRef ref = directory.chunks().get(at);
        changes.first.put(ref.chunkId(), new Chunk(ref.chunkId(), entries));
        List<ChunkRef> refs = new ArrayList<>(directory.chunks());
        refs.set(at, new ChunkRef(ref.chunkId(), ref.firstTitle(), ref.firstId(), counts(entries)));
        return new Directory(directory.scope(), directory.nextChunk(), refs);
    }

    /** The last chunk whose first key is not after the entry's. */
    static int chunkFor(Directory directory, Entry entry) {
        int at = 0;
        for (int i = 1; i < directory.chunks().size(); i++) {
            if (compareToFirst(entry, directory.chunks().get(i)) >= 0) {
                at = i;
            } else {
                break;
            }
        }
        return at;
    }

    static boolean inRange(Directory directory, int at, Entry entry) {
        ChunkRef ref = directory.chunks().get(at);
        boolean fromStart = ref.firstTitle() == null || compareToFirst(entry, ref) >= 0;
        boolean beforeNext = at + 1 >= directory.chunks().size() || compareToFirst(entry, directory.chunks().get(at + 1)) < 0;
        return fromStart && beforeNext;
    }

    private static int compareToFirst(Entry entry, ChunkRef ref) {
        if (ref.firstTitle() == null) {
            return 1;
        }
        int byTitle = entry.title().compareTo(ref.firstTitle());
        return byTitle != 0 ? byTitle : entry.id().compareTo(ref.firstId());
    }

    private static Map<ArrangementStatus, Integer> counts(List<Entry> entries) {
        Map<ArrangementStatus, Integer> counts = new EnumMap<>(ArrangementStatus.class);
        entries.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        return counts;
    }

    /** A page of one list: ids in title order, and how many entries match in all. */
    record Page(List<String> ids, long total) {
    }

    /**
     * The page of a list with an optional status, and optionally only arrangements another party is party to
     * too (a registrar's view of another party's list), which the counts do not cover: that list is read whole.
     */
    Page page(String scope, ArrangementStatus status, String alsoPartyTo, int page, int size) {
        Directory directory = listings.directory(scope).orElse(null);
        if (directory == null) {
            return new Page(List.of(), 0);
        }
        List<Integer> wanted = new ArrayList<>();
        long total = 0;
        long from = (long) page * size;
        long skipped = 0;
        if (alsoPartyTo == null) {
            for (int i = 0; i < directory.chunks().size(); i++) {
                int n = count(directory.chunks().get(i), status);
                if (total + n > from && total < from + size && n > 0) {
                    wanted.add(i);
                } else if (total + n <= from) {
                    skipped = total + n;
                }
                total += n;
            }
        } else {
            for (int i = 0; i < directory.chunks().size(); i++) {
                wanted.add(i);
            }
        }
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        List<String> ids = wanted.stream().map(i -> directory.chunks().get(i).chunkId()).toList();
        for (int i = 0; i < ids.size(); i += 200) {
            chunks.putAll(listings.chunks(ids.subList(i, Math.min(ids.size(), i + 200))));
        }
        List<String> matching = new ArrayList<>();
        for (int i : wanted) {
            Chunk chunk = chunks.get(directory.chunks().get(i).chunkId());
            if (chunk == null) {
                continue;
            }
            for (Entry entry : chunk.entries()) {
                if (inRange(directory, i, entry) && (status == null || entry.status() == status)
                        && (alsoPartyTo == null || entry.parties().contains(alsoPartyTo))) {
                    matching.add(entry.id());
                }
            }
        }
        if (alsoPartyTo != null) {
            return new Page(matching.stream().skip(from).limit(size).toList(), matching.size());
        }
        return new Page(matching.stream().skip(Math.max(0, from - skipped)).limit(size).toList(), total);
    }

    private static int count(ChunkRef ref, ArrangementStatus status) {
        if (status != null) {
            return ref.counts().getOrDefault(status, 0);
        }
        return ref.counts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
