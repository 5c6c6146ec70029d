package org.entente.query.dashboard;

import org.entente.query.paper.PaperDocument;
import org.entente.query.paper.PaperIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps, per party, the papers addressed to it with the day each was handed over and the day the party acknowledged
 * it, so that a scorecard counts what is outstanding, on any day, from one document. Each entry is set whole from
 * the paper, and only when it changed.
 */
public final class PartyPapersIndex implements PaperIndex {

    private final KeyedEntries<AddressedPaper> papers;

    public PartyPapersIndex(KeyedEntries<AddressedPaper> papers) {
        this.papers = papers;
    }

    @Override
    public void update(PaperDocument before, PaperDocument after) {
        List<KeyedEntries.Change<AddressedPaper>> changes = new ArrayList<>();
        for (String addressee : after.addressees()) {
            AddressedPaper now = entryOf(after, addressee);
            if (before == null || !Objects.equals(entryOf(before, addressee), now)) {
                changes.add(new KeyedEntries.Change<>(addressee, DashboardScopes.key(after.id()), now));
            }
        }
        if (!changes.isEmpty()) {
            papers.write(changes);
        }
    }

    private static AddressedPaper entryOf(PaperDocument paper, String addressee) {
        return new AddressedPaper(paper.arrangementId(), paper.paperId(), paper.submittedOn(), paper.acknowledgedOn(addressee));
    }

    @Override
    public void clear() {
        papers.deleteAll();
    }
}
