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
                CommitmentStatus status = CommitmentStatus.valueOf(tally.getKey().replace(CommitmentRow.HELD, ""));
                boolean held = tally.getKey().endsWith(CommitmentRow.HELD);
                boolean late = dueDate != null && dueDate.isBefore(today) && !held && LATE_STATUSES.contains(status);
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
