package org.entente.query.commitment;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.ledger.CommitmentOrder;
import org.entente.api.ledger.CommitmentPage;
import org.entente.api.ledger.FindCommitmentsQuery;
import org.entente.api.ledger.OwedCommitment;
import org.entente.query.arrangement.ArrangementDocuments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Commitments across arrangements. A list in due order that filters only on what the tallies count
 * (status, overdue, a due window) is answered from the directory of its scope and the buckets of the
 * page's days alone. Anything else (a category, another order, a past day, a party beside the scope)
 * reads the scope's buckets in the window and filters them; an arrangement's own commitments come from
 * its document.
 */
public class CommitmentQueries {

    private static final int BUCKETS_PER_READ = 500;
    private static final Set<CommitmentStatus> LATE_STATUSES = Set.of(CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS);

    private final CommitmentBuckets buckets;
    private final ArrangementDocuments documents;
    private final Clock clock;

    public CommitmentQueries(CommitmentBuckets buckets, ArrangementDocuments documents, Clock clock) {
        this.buckets = buckets;
        this.documents = documents;
        this.clock = clock;
    }

    @QueryHandler
    CommitmentPage handle(FindCommitmentsQuery query) {
        LocalDate judgedOn = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        if (query.arrangement() == null && answerableFromTallies(query)) {
            return fromTallies(query, judgedOn);
        }
        return byReading(query, judgedOn);
    }

    private static String scopeOf(FindCommitmentsQuery query) {
        if (query.owedBy() != null) {
            return CommitmentScope.owedBy(query.owedBy());
        }
        if (query.party() != null) {
            return CommitmentScope.partyTo(query.party());
        }
        return query.visibleTo() != null ? CommitmentScope.partyTo(query.visibleTo()) : CommitmentScope.REGISTRY;
    }

    private static boolean answerableFromTallies(FindCommitmentsQuery query) {
        boolean visibilityIsTheScope = query.visibleTo() == null
                || (query.owedBy() == null && (query.party() == null || query.party().equals(query.visibleTo())));
        boolean onePartyFilter = query.owedBy() == null || query.party() == null;
        return query.asOf() == null && query.category() == null && query.order().key() == CommitmentOrder.Key.DUE_BY
                && visibilityIsTheScope && onePartyFilter;
    }

    // ---- from the directory of the scope

    private CommitmentPage fromTallies(FindCommitmentsQuery query, LocalDate today) {
        String scope = scopeOf(query);
        Map<String, Map<String, Integer>> tallies = new LinkedHashMap<>();
        Map<String, List<String>> partsOfDay = new LinkedHashMap<>();
        buckets.tallies(scope).forEach((part, counts) -> {
            String day = CommitmentScope.dayOf(part);
            partsOfDay.computeIfAbsent(day, d -> new ArrayList<>()).add(part);
            counts.forEach((tally, n) -> tallies.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(tally, n, Integer::sum));
            tallies.computeIfAbsent(day, d -> new LinkedHashMap<>());
        });
        List<String> days = tallies.keySet().stream()
                .filter(day -> inWindow(CommitmentScope.dueDate(day), query))
                .sorted(dayOrder(query.order().descending()))
                .toList();
        int[] counts = new int[5];
        long total = 0;
        Map<String, Long> matchingPerDay = new LinkedHashMap<>();
        for (String day : days) {
            LocalDate dueDate = CommitmentScope.dueDate(day);
            long matching = 0;
            for (Map.Entry<String, Integer> tally : tallies.get(day).entrySet()) {
                CommitmentStatus status = CommitmentRow.statusOfTally(tally.getKey());
                boolean late = isLate(tally.getKey(), dueDate, today);
                count(counts, status, late, tally.getValue());
                if ((query.status() == null || query.status() == status)
                        && (query.overdue() == null || query.overdue() == late)) {
                    matching += tally.getValue();
                }
            }
            matchingPerDay.put(day, matching);
            total += matching;
        }
        long from = (long) query.page() * query.size();
        long to = from + query.size();
        List<String> pageDays = new ArrayList<>();
        long seen = 0;
        long skipped = 0;
        for (Map.Entry<String, Long> day : matchingPerDay.entrySet()) {
            long next = seen + day.getValue();
            if (next > from && seen < to && day.getValue() > 0) {
                pageDays.add(day.getKey());
            } else if (next <= from) {
                skipped = next;
            }
            seen = next;
            if (seen >= to) {
                break;
            }
        }
        Comparator<CommitmentRow> order = rowOrder(query.order());
        Map<String, List<CommitmentRow>> read = read(pageDays.stream()
                .flatMap(d -> partsOfDay.get(d).stream()).map(part -> CommitmentScope.bucket(scope, part)).toList());
        List<OwedCommitment> items = new ArrayList<>();
        for (String day : pageDays) {
            LocalDate dueDate = CommitmentScope.dueDate(day);
            partsOfDay.get(day).stream().flatMap(part -> read.getOrDefault(CommitmentScope.bucket(scope, part), List.of()).stream())
                    .filter(row -> Objects.equals(row.dueBy(), dueDate))
                    .filter(row -> matches(query, row.now(), today))
                    .sorted(order)
                    .forEach(row -> items.add(row.toOwed(row.now(), today)));
        }
        int start = (int) Math.max(0, from - skipped);
        List<OwedCommitment> page = items.stream().skip(start).limit(query.size()).toList();
        return new CommitmentPage(page, counts(counts), today, query.page(), query.size(), total);
    }

    /** Whether the rows of a tally due on {@code dueDate} are overdue on {@code day}: open or in progress, past due, not held. */
    private static boolean isLate(String tally, LocalDate dueDate, LocalDate day) {
        return dueDate != null && dueDate.isBefore(day) && !tally.endsWith(CommitmentRow.HELD)
                && LATE_STATUSES.contains(CommitmentRow.statusOfTally(tally));
    }

    // ---- for the dashboard: rows with where they stood, from the same buckets

    /** A row of a selection and where it stood on the day asked. */
    public record Judged(CommitmentRow row, CommitmentRow.Standing standing) {
    }

    /** Commitments overdue on a day: the earliest due first, at most as many as asked, and how many there are in all. */
    public record Overdue(List<Judged> earliest, long total) {
    }

    /** What a party owes, by where each commitment stands, and how much of it is overdue. */
    public record Owed(int open, int inProgress, int fulfilledOnTime, int fulfilledLate, int withdrawn, int overdue) {

        public int total() {
            return open + inProgress + fulfilledOnTime + fulfilledLate + withdrawn;
        }
    }

    /**
     * The commitments of the arrangements {@code party} is party to (all: null) that {@code visibleTo} may see (null:
     * all), due within the window on {@code asOf} (null: as recorded now), each once, earliest due first.
     */
    public List<Judged> dueWithin(String party, String visibleTo, LocalDate from, LocalDate to, LocalDate asOf) {
        String scope = scopeFor(party, visibleTo);
        List<String> bucketIds = buckets.tallies(scope).keySet().stream()
                .filter(part -> within(CommitmentScope.dueDate(CommitmentScope.dayOf(part)), from, to))
                .map(part -> CommitmentScope.bucket(scope, part)).toList();
        return judged(bucketIds, party, visibleTo, asOf).stream()
                .filter(j -> within(j.standing().dueBy(), from, to))
                .sorted(EARLIEST_DUE)
                .toList();
    }

    /**
     * The commitments of that selection overdue on {@code asOf} (null: today, as recorded now), the earliest due first.
     * As recorded now, the tallies say which days hold overdue rows and how many, and only the earliest of those days
     * are read; on a past day, every bucket of the scope due before it is read, since rows stood elsewhere then.
     */
    public Overdue overdueOn(String party, String visibleTo, LocalDate asOf, int listed) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        String scope = scopeFor(party, visibleTo);
        Map<String, Map<String, Integer>> tallies = buckets.tallies(scope);
        boolean scopeIsTheSelection = party == null || visibleTo == null || party.equals(visibleTo);
        if (asOf == null && scopeIsTheSelection) {
            Map<String, List<String>> lateParts = new java.util.TreeMap<>();
            long total = 0;
            for (Map.Entry<String, Map<String, Integer>> part : tallies.entrySet()) {
                String dueDay = CommitmentScope.dayOf(part.getKey());
                long late = part.getValue().entrySet().stream()
                        .filter(t -> isLate(t.getKey(), CommitmentScope.dueDate(dueDay), day))
                        .mapToLong(Map.Entry::getValue).sum();
                if (late > 0) {
                    lateParts.computeIfAbsent(dueDay, d -> new ArrayList<>()).add(part.getKey());
                    total += late;
                }
            }
            List<Judged> earliest = new ArrayList<>();
            for (Map.Entry<String, List<String>> dueDay : lateParts.entrySet()) {
                if (earliest.size() >= listed) {
                    break;
                }
                LocalDate dueDate = CommitmentScope.dueDate(dueDay.getKey());
                // A row is filed under every due date it has had; it counts under the one it has now.
                earliest.addAll(judged(dueDay.getValue().stream().map(part -> CommitmentScope.bucket(scope, part)).toList(),
                        party, visibleTo, null).stream()
                        .filter(j -> dueDate.equals(j.standing().dueBy()) && j.standing().isOverdueOn(day))
                        .sorted(EARLIEST_DUE).toList());
            }
            return new Overdue(earliest.stream().limit(listed).toList(), total);
        }
        List<String> before = tallies.keySet().stream()
                .filter(part -> {
                    LocalDate dueDate = CommitmentScope.dueDate(CommitmentScope.dayOf(part));
                    return dueDate != null && dueDate.isBefore(day);
                })
                .map(part -> CommitmentScope.bucket(scope, part)).toList();
        List<Judged> overdue = judged(before, party, visibleTo, asOf).stream()
                .filter(j -> j.standing().isOverdueOn(day))
                .sorted(EARLIEST_DUE).toList();
        return new Overdue(overdue.stream().limit(listed).toList(), overdue.size());
    }

    /**
     * What {@code party} owes on {@code asOf}: as recorded now, summed from its tallies alone; on a past day, from every
     * row it owes, each as it stood then.
     */
    public Owed owedBy(String party, LocalDate asOf) {
        String scope = CommitmentScope.owedBy(party);
        Map<String, Map<String, Integer>> tallies = buckets.tallies(scope);
        int[] figures = new int[6];
        if (asOf == null) {
            LocalDate today = LocalDate.now(clock);
            tallies.forEach((part, counts) -> counts.forEach((tally, n) -> {
                LocalDate dueDate = CommitmentScope.dueDate(CommitmentScope.dayOf(part));
                figures[tally.equals(CommitmentRow.FULFILLED_LATE) ? 4 : CommitmentRow.statusOfTally(tally).ordinal()] += n;
                if (isLate(tally, dueDate, today)) {
                    figures[5] += n;
                }
            }));
        } else {
            List<String> all = tallies.keySet().stream().map(part -> CommitmentScope.bucket(scope, part)).toList();
            for (Judged j : judged(all, null, null, asOf)) {
                CommitmentStatus status = j.standing().status();
                figures[status == CommitmentStatus.FULFILLED && j.row().fulfilledLate() ? 4 : status.ordinal()]++;
                if (j.standing().isOverdueOn(asOf)) {
                    figures[5]++;
                }
            }
        }
        return new Owed(figures[CommitmentStatus.OPEN.ordinal()], figures[CommitmentStatus.IN_PROGRESS.ordinal()],
                figures[CommitmentStatus.FULFILLED.ordinal()], figures[4], figures[CommitmentStatus.WITHDRAWN.ordinal()], figures[5]);
    }

    private static final Comparator<Judged> EARLIEST_DUE = Comparator
            .comparing((Judged j) -> j.standing().dueBy(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(j -> j.row().arrangementId()).thenComparing(j -> j.row().commitmentId());

    private static String scopeFor(String party, String visibleTo) {
        if (party != null) {
            return CommitmentScope.partyTo(party);
        }
        return visibleTo != null ? CommitmentScope.partyTo(visibleTo) : CommitmentScope.REGISTRY;
    }

    /** The rows of these buckets, each once, of arrangements party and visibleTo are party to, as they stood on asOf. */
    private List<Judged> judged(List<String> bucketIds, String party, String visibleTo, LocalDate asOf) {
        Map<String, CommitmentRow> unique = new LinkedHashMap<>();
        read(bucketIds).values().forEach(rows -> rows.forEach(row -> unique.putIfAbsent(row.key(), row)));
        List<Judged> judged = new ArrayList<>();
        for (CommitmentRow row : unique.values()) {
            if ((party == null || row.parties().contains(party)) && (visibleTo == null || row.parties().contains(visibleTo))) {
                row.standing(asOf).ifPresent(standing -> judged.add(new Judged(row, standing)));
            }
        }
        return judged;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    // ---- by reading the rows

    private CommitmentPage byReading(FindCommitmentsQuery query, LocalDate judgedOn) {
        List<CommitmentRow> rows = query.arrangement() != null ? rowsOfArrangement(query.arrangement()) : rowsInWindow(query);
        int[] counts = new int[5];
        List<CommitmentRow> selected = new ArrayList<>();
        Map<CommitmentRow, CommitmentRow.Standing> standings = new LinkedHashMap<>();
        for (CommitmentRow row : rows) {
            Optional<CommitmentRow.Standing> standing = query.asOf() == null ? Optional.of(row.now()) : row.on(query.asOf());
            if (standing.isEmpty() || !inSelection(query, row) || !inWindow(standing.get().dueBy(), query)) {
                continue;
            }
            CommitmentRow.Standing s = standing.get();
            count(counts, s.status(), s.isOverdueOn(judgedOn), 1);
            if (query.category() == null || query.category() == row.category()) {
                if (matches(query, s, judgedOn)) {
                    selected.add(row);
                    standings.put(row, s);
                }
            }
        }
        Comparator<CommitmentRow> order = query.order().key() == CommitmentOrder.Key.DUE_BY
                ? dueOrder(standings, query.order().descending()) : rowOrder(query.order());
        List<OwedCommitment> page = selected.stream().sorted(order)
                .skip((long) query.page() * query.size()).limit(query.size())
                .map(row -> row.toOwed(standings.get(row), judgedOn)).toList();
        return new CommitmentPage(page, counts(counts), judgedOn, query.page(), query.size(), selected.size());
    }

    private List<CommitmentRow> rowsOfArrangement(String arrangementId) {
        return documents.find(arrangementId)
                .map(document -> document.commitments().stream().map(c -> CommitmentRow.of(document, c)).toList())
                .orElse(List.of());
    }

    /** Every row of the scope filed under a day of the window, once each (a row is filed under every due date it had). */
    private List<CommitmentRow> rowsInWindow(FindCommitmentsQuery query) {
        String scope = scopeOf(query);
        List<String> bucketIds = buckets.tallies(scope).keySet().stream()
                .filter(part -> inWindow(CommitmentScope.dueDate(CommitmentScope.dayOf(part)), query))
                .map(part -> CommitmentScope.bucket(scope, part)).toList();
        Map<String, CommitmentRow> unique = new LinkedHashMap<>();
        read(bucketIds).values().forEach(rows -> rows.forEach(row -> unique.putIfAbsent(row.key(), row)));
        return new ArrayList<>(unique.values());
    }

    private Map<String, List<CommitmentRow>> read(List<String> bucketIds) {
        Map<String, List<CommitmentRow>> read = new LinkedHashMap<>();
        for (int i = 0; i < bucketIds.size(); i += BUCKETS_PER_READ) {
            read.putAll(buckets.rows(bucketIds.subList(i, Math.min(bucketIds.size(), i + BUCKETS_PER_READ))));
        }
        return read;
    }

    private static boolean inSelection(FindCommitmentsQuery query, CommitmentRow row) {
        return (query.party() == null || row.parties().contains(query.party()))
                && (query.owedBy() == null || row.owedBy().contains(query.owedBy()))
                && (query.visibleTo() == null || row.parties().contains(query.visibleTo()));
    }

    private static boolean matches(FindCommitmentsQuery query, CommitmentRow.Standing standing, LocalDate judgedOn) {
        return (query.status() == null || query.status() == standing.status())
                && (query.overdue() == null || query.overdue() == standing.isOverdueOn(judgedOn));
    }

    /** An undated commitment is in no window. */
    private static boolean inWindow(LocalDate dueBy, FindCommitmentsQuery query) {
        if (query.dueFrom() == null && query.dueTo() == null) {
            return true;
        }
        return dueBy != null && (query.dueFrom() == null || !dueBy.isBefore(query.dueFrom()))
                && (query.dueTo() == null || !dueBy.isAfter(query.dueTo()));
    }

    private static void count(int[] counts, CommitmentStatus status, boolean late, int n) {
        counts[status.ordinal()] += n;
        if (late) {
            counts[4] += n;
        }
    }

    private static CommitmentCounts counts(int[] c) {
        return new CommitmentCounts(c[CommitmentStatus.OPEN.ordinal()], c[CommitmentStatus.IN_PROGRESS.ordinal()],
                c[CommitmentStatus.FULFILLED.ordinal()], c[CommitmentStatus.WITHDRAWN.ordinal()], c[4]);
    }

    /** Due order: undated last; descending reverses it whole. */
    private static Comparator<String> dayOrder(boolean descending) {
        Comparator<String> ascending = Comparator.comparing(CommitmentScope::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        return descending ? ascending.reversed() : ascending;
    }

    private static final Comparator<CommitmentRow> BY_IDS =
            Comparator.comparing(CommitmentRow::arrangementId).thenComparing(CommitmentRow::commitmentId);

    private static Comparator<CommitmentRow> dueOrder(Map<CommitmentRow, CommitmentRow.Standing> standings, boolean descending) {
        Comparator<CommitmentRow> ascending = Comparator
                .comparing((CommitmentRow row) -> standings.get(row).dueBy(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BY_IDS);
        return descending ? ascending.reversed() : ascending;
    }

    private static Comparator<CommitmentRow> rowOrder(CommitmentOrder order) {
        Comparator<CommitmentRow> ascending = switch (order.key()) {
            case DUE_BY -> Comparator.comparing(CommitmentRow::dueBy, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_IDS);
            case ARRANGEMENT -> Comparator.comparing(CommitmentRow::arrangementTitle).thenComparing(BY_IDS);
            case PARTY -> Comparator.comparing((CommitmentRow row) -> String.join(",", row.owedBy()))
                    .thenComparing(CommitmentRow::dueBy, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_IDS);
        };
        return order.descending() ? ascending.reversed() : ascending;
    }
}
