package org.entente.app.revisions;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Reads events stored under an older revision as the current record. Stored events are never
 * rewritten (their hashes bind them); they are lifted to the current shape each time they are read.
 * The history, the export and the integrity check show them as stored.
 */
public final class EventRevisions {

    private EventRevisions() {
    }

    public static EventUpcaster upcasters() {
        return new EventUpcasterChain(new CommitmentAddedRevision2(), new CommitmentDeadlineMovedRevision2());
    }
}
