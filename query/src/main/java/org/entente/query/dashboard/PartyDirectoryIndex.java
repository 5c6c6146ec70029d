package org.entente.query.dashboard;

import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the registry's party directory: every party the registry has arrangements with, and the earliest day one of
 * them took effect. An arrangement's parties never change and its start only moves earlier, so an entry is written
 * only when a party is new or its day earlier; one projection thread writes it, so nothing changes it between the
 * read and the write.
 */
public final class PartyDirectoryIndex implements ArrangementIndex {

    private final KeyedEntries<PartySince> parties;

    public PartyDirectoryIndex(KeyedEntries<PartySince> parties) {
        this.parties = parties;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        if (before != null && before.parties().equals(after.parties()) && Objects.equals(before.inEffectFrom(), after.inEffectFrom())) {
            return;
        }
        Map<String, PartySince> known = parties.read(List.of(DashboardScopes.PARTY_DIRECTORY))
                .getOrDefault(DashboardScopes.PARTY_DIRECTORY, Map.of());
        List<KeyedEntries.Change<PartySince>> changes = new ArrayList<>();
        for (String party : after.parties()) {
            PartySince since = known.get(party);
            if (since == null || after.inEffectFrom() != null && (since.since() == null || after.inEffectFrom().isBefore(since.since()))) {
                changes.add(new KeyedEntries.Change<>(DashboardScopes.PARTY_DIRECTORY, party, new PartySince(party, after.inEffectFrom())));
            }
        }
        if (!changes.isEmpty()) {
            parties.write(changes);
        }
    }

    @Override
    public void clear() {
        parties.deleteAll();
    }
}
