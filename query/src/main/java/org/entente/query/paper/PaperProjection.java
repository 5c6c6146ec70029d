package org.entente.query.paper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;

import java.util.function.Consumer;

/** Folds paper events into one document per paper; every change is idempotent under redelivery. */
@ProcessingGroup(PaperProjection.PROCESSING_GROUP)
public class PaperProjection {

    public static final String PROCESSING_GROUP = "papers";

    private final PaperDocuments documents;

    public PaperProjection(PaperDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(DoctrinePaperSubmitted event) {
        if (documents.find(PaperDocument.idOf(event.arrangementId(), event.paperId())).isEmpty()) {
            documents.save(PaperDocument.submitted(event));
        }
    }

    @EventHandler
    void on(DoctrinePaperReceiptAcknowledged event) {
        fold(event.arrangementId(), event.paperId(), doc -> doc.acknowledged(event.party(), event.receivedOn()));
    }

    @EventHandler
    void on(DoctrinePaperSuperseded event) {
        fold(event.arrangementId(), event.paperId(), doc -> doc.superseded(event.byPaperId()));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }

    private void fold(String arrangementId, String paperId, Consumer<PaperDocument> change) {
        PaperDocument document = documents.find(PaperDocument.idOf(arrangementId, paperId)).orElseThrow(
                () -> new IllegalStateException("Paper '" + paperId + "' of '" + arrangementId + "' changed before its submission"));
        change.accept(document);
        documents.save(document);
    }
}
