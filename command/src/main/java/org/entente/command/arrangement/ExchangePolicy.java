package org.entente.command.arrangement;

import org.entente.api.commitment.CommitmentCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When an exchange of papers fulfils a DOCTRINE_EXCHANGE commitment: every party that owes it has a
 * paper under the arrangement, not superseded, that every addressee has acknowledged. The evidence is
 * one such paper per party (its newest); the fulfilment date is the last acknowledgement among them.
 */
final class ExchangePolicy {

    record Fulfilment(LocalDate on, List<String> paperIds) {
    }

    private ExchangePolicy() {
    }

    static Optional<Fulfilment> fulfilment(Commitment commitment, Collection<DoctrinePaper> papers) {
        if (commitment.added.category() != CommitmentCategory.DOCTRINE_EXCHANGE || commitment.isClosed()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        LocalDate lastAcknowledged = null;
        for (String party : commitment.added.owedBy()) {
            Optional<DoctrinePaper> exchanged = papers.stream()
                    .filter(p -> p.submitted.fromParty().equals(party))
                    .filter(p -> p.supersededBy == null)
                    .filter(DoctrinePaper::isAcknowledgedByEveryAddressee)
                    .max(Comparator.comparing((DoctrinePaper p) -> p.submitted.submittedOn()));
            if (exchanged.isEmpty()) {
                return Optional.empty();
            }
            evidence.add(exchanged.get().submitted.paperId());
            LocalDate acknowledged = exchanged.get().acknowledgements.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            lastAcknowledged = lastAcknowledged == null || acknowledged.isAfter(lastAcknowledged) ? acknowledged : lastAcknowledged;
        }
        return Optional.of(new Fulfilment(lastAcknowledged, List.copyOf(evidence)));
    }
}
