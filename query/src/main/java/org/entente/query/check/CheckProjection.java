package org.entente.query.check;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;

/**
 * Folds communication-check events into one document per check. A check closes once, so a
 * redelivered event finds it already closed and changes nothing.
 */
@ProcessingGroup(CheckProjection.PROCESSING_GROUP)
public class CheckProjection {

    public static final String PROCESSING_GROUP = "checks";

    private final CheckDocuments documents;

    public CheckProjection(CheckDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(CommunicationCheckInitiated event) {
        if (documents.find(event.checkId()).isEmpty()) {
            documents.save(CheckDocument.initiated(event));
        }
    }

    @EventHandler
    void on(CommunicationCheckAnswered event) {
        CheckDocument document = pending(event.checkId());
        if (document.status() == CheckStatus.PENDING) {
            document.answered(event.answeredAt());
            documents.save(document);
        }
    }

    @EventHandler
    void on(CommunicationCheckFailed event) {
        CheckDocument document = pending(event.checkId());
        if (document.status() == CheckStatus.PENDING) {
            document.failed(event.failedAt());
            documents.save(document);
        }
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }

    private CheckDocument pending(String checkId) {
        return documents.find(checkId).orElseThrow(() -> new IllegalStateException(
                "Check '" + checkId + "' closed before it was initiated"));
    }
}
