package org.entente.command.paper;

import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.command.commitment.Commitment;

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
public final class ExchangePolicy {

    private ExchangePolicy() {
    }

    public static Optional<CommitmentFulfilledByExchange> fulfilment(Commitment commitment, Collection<DoctrinePaper> papers) {
        if (commitment.category() != CommitmentCategory.DOCTRINE_EXCHANGE || commitment.isClosed()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        LocalDate lastAcknowledged = null;
        for (String party : commitment.owedBy()) {
            Optional<DoctrinePaper> exchanged = papers.stream()
                    .filter(p -> p.fromParty().equals(party) && p.exchangedOn().isPresent())
                    .max(Comparator.comparing(DoctrinePaper::submittedOn));
            if (exchanged.isEmpty()) {
                return Optional.empty();
            }
            evidence.add(exchanged.get().paperId());
            LocalDate acknowledged = exchanged.get().exchangedOn().orElseThrow();
            lastAcknowledged = lastAcknowledged == null || acknowledged.isAfter(lastAcknowledged) ? acknowledged : lastAcknowledged;
        }
        return Optional.of(commitment.fulfilmentByExchange(lastAcknowledged, List.copyOf(evidence)));
    }
}
