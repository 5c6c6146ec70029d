package org.entente.query.party;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.party.FindPartyCommitmentsQuery;
import org.entente.api.party.OwedCommitment;
import org.entente.api.party.PartyCommitments;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.CommitmentEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a party owes, across every arrangement it is bound by. */
public class PartyQueries {

    private static final Comparator<OwedCommitment> EARLIEST_DUE_FIRST = Comparator
            .comparing(OwedCommitment::dueBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OwedCommitment::arrangementId)
            .thenComparing(OwedCommitment::commitmentId);

    private final PartyLedger ledger;
    private final ArrangementDocuments documents;
    private final Clock clock;

    public PartyQueries(PartyLedger ledger, ArrangementDocuments documents, Clock clock) {
        this.ledger = ledger;
        this.documents = documents;
        this.clock = clock;
    }

    @QueryHandler
    PartyCommitments handle(FindPartyCommitmentsQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<CommitmentEntry> owedEntries = new ArrayList<>();
        List<OwedCommitment> owed = new ArrayList<>();
        for (ArrangementDocument document : documents.findAll(ledger.arrangementsOwedBy(query.party()))) {
            if (query.visibleTo() != null && !document.parties().contains(query.visibleTo())) {
                continue;
            }
            for (CommitmentEntry entry : document.commitments()) {
                if (entry.isOwedBy(query.party())) {
                    owedEntries.add(entry);
                    owed.add(owedCommitment(document, entry, today));
                }
            }
        }
        CommitmentCounts counts = ArrangementDocument.countsOn(owedEntries, today);
        List<OwedCommitment> selected = owed.stream()
                .filter(c -> query.status() == null || c.status() == query.status())
                .filter(c -> query.overdue() == null || c.overdue() == query.overdue())
                .sorted(EARLIEST_DUE_FIRST)
                .toList();
        return new PartyCommitments(query.party(), selected, counts);
    }

    private static OwedCommitment owedCommitment(ArrangementDocument document, CommitmentEntry entry, LocalDate today) {
        var view = entry.toView(today);
        return new OwedCommitment(document.id(), document.title(), document.status(), view.id(), view.text(),
                view.category(), view.owedBy(), view.dueBy(), view.status(), view.overdue(), view.fulfilledOn());
    }
}
