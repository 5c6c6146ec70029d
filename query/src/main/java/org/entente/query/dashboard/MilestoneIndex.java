package org.entente.query.dashboard;

import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the milestone months in step with the arrangement documents: under every scope of an arrangement (the
 * registry, each of its parties) and every month in which one of its steps falls, its steps of that month. The
 * months of the document before and after the change are compared, and only the entries that differ are set or
 * removed, each computed whole from the document: a repeated update writes the same again.
 */
public final class MilestoneIndex implements ArrangementIndex {

    private final KeyedEntries<ArrangementMonth> months;

    public MilestoneIndex(KeyedEntries<ArrangementMonth> months) {
        this.months = months;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        Map<String, ArrangementMonth> was = monthsOf(before);
        Map<String, ArrangementMonth> now = monthsOf(after);
        Set<String> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(now.keySet());
        String key = DashboardScopes.key(after.id());
        List<KeyedEntries.Change<ArrangementMonth>> changes = new ArrayList<>();
        for (String id : ids) {
            if (!Objects.equals(was.get(id), now.get(id))) {
                changes.add(new KeyedEntries.Change<>(id, key, now.get(id)));
            }
        }
        if (!changes.isEmpty()) {
            months.write(changes);
        }
    }

    private static Map<String, ArrangementMonth> monthsOf(ArrangementDocument document) {
        Map<String, ArrangementMonth> byMonth = new LinkedHashMap<>();
        if (document == null) {
            return byMonth;
        }
        ArrangementOutline outline = ArrangementOutline.of(document);
        Map<LocalDate, List<DatedMilestone>> steps = new LinkedHashMap<>();
        for (DatedMilestone step : DatedMilestone.of(document)) {
            if (step.on() != null) {
                steps.computeIfAbsent(step.on().withDayOfMonth(1), m -> new ArrayList<>()).add(step);
            }
        }
        for (String scope : DashboardScopes.of(document.parties())) {
            steps.forEach((month, ofMonth) -> byMonth.put(DashboardScopes.month(scope, month), new ArrangementMonth(outline, ofMonth)));
        }
        return byMonth;
    }

    @Override
    public void clear() {
        months.deleteAll();
    }
}
