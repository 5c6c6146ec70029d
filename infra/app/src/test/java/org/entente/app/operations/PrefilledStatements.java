package org.entente.app.operations;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Unique;
import org.entente.eventstore.CommitLogEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * A registry large enough that rebuilding it takes a while: copies of the joint statement, each with its
 * CERT exchange commitment copied under new ids, stored straight into the event store in batches.
 */
final class PrefilledStatements {

    private PrefilledStatements() {
    }

    /** The ids of {@code arrangements} new copies, each of {@code eventsEach} events (the recording, then commitments). */
    static List<String> store(CommitLogEventStorageEngine engine, String idPrefix, int arrangements, int eventsEach) {
        List<String> ids = new ArrayList<>();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int a = 0; a < arrangements; a++) {
            String id = Unique.id(idPrefix + UsRussia2011.ID);
            ids.add(id);
            batch.add(new GenericDomainEventMessage<>("Arrangement", id, 0, UsRussia2011.recordedAs(id)));
            for (int s = 1; s < eventsEach; s++) {
                CommitmentTerms terms = new CommitmentTerms(UsRussia2011.CERT_EXCHANGE.id() + "-" + s, UsRussia2011.CERT_EXCHANGE.text(),
                        UsRussia2011.CERT_EXCHANGE.category(), UsRussia2011.CERT_EXCHANGE.owedBy(), UsRussia2011.CERT_EXCHANGE.dueBy());
                batch.add(new GenericDomainEventMessage<>("Arrangement", id, s, terms.addedTo(id)));
            }
            if (batch.size() >= 400) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
        return ids;
    }
}
