package org.entente.query.arrangement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatusChanged;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Folds every event of an arrangement's stream (its commitments, points of contact and papers included)
 * into one document per arrangement; the document's version then counts the stream's events, and
 * read-your-writes waits on it. Delivery is at-least-once, so every handler first asks the document
 * whether it has folded that event already.
 * The same handlers rebuild past views in memory ({@link ArrangementTimeline}), so they must do
 * nothing but fold into the documents they are given.
 */
@ProcessingGroup(ArrangementProjection.PROCESSING_GROUP)
public class ArrangementProjection {

    public static final String PROCESSING_GROUP = "arrangement-views";

    private final ArrangementDocuments documents;

    public ArrangementProjection(ArrangementDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(ArrangementRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        if (documents.find(event.arrangementId()).isEmpty()) {
            ArrangementDocument document = ArrangementDocument.recorded(event, recordedAt);
            document.folded(sequence, recordedAt);
            documents.save(document);
        }
    }

    @EventHandler
    void on(ArrangementStatusChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.statusChanged(event.status(), event.effectiveOn(), event.reason(), recordedAt));
    }

    @EventHandler
    void on(ArrangementAmended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.amended(event.title(), event.source()));
    }

    @EventHandler
    void on(CommitmentAdded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.commitmentAdded(event, recordedAt));
    }

    @EventHandler
    void on(CommitmentProgressRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).progressed(event.note(), event.effectiveOn(), recordedAt));
    }

    @EventHandler
    void on(CommitmentFulfilled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).fulfilled(event.fulfilledOn(), event.evidence()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).withdrawn(event.effectiveOn(), event.reason()));
    }

    @EventHandler
    void on(CommitmentDeadlineMoved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).deadlineMoved(event.previousDueBy(), event.dueBy(), event.reason(), event.effectiveOn(), recordedAt));
    }

    @EventHandler
    void on(PointOfContactDesignated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.contactDesignated(event));
    }

    @EventHandler
    void on(PointOfContactUpdated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.contactUpdated(event.contactId(), event.after().office()));
    }

    @EventHandler
    void on(PointOfContactRetired event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.contactRetired(event.contactId(), event.effectiveOn()));
    }

    @EventHandler
    void on(DoctrinePaperSubmitted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.paperSubmitted(event));
    }

    @EventHandler
    void on(DoctrinePaperReceiptAcknowledged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.paperAcknowledged(event.paperId(), event.party()));
    }

    @EventHandler
    void on(DoctrinePaperSuperseded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt, doc -> doc.paperSuperseded(event.paperId(), event.byPaperId()));
    }

    @EventHandler
    void on(CommitmentFulfilledByExchange event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event, event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).fulfilledByExchange(event.fulfilledOn(), event.paperIds()));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }

    private void fold(Object event, String arrangementId, long sequence, Instant recordedAt, Consumer<ArrangementDocument> change) {
        ArrangementDocument document = documents.find(arrangementId)
                .orElseThrow(() -> new IllegalStateException(
                        "Event " + sequence + " of arrangement '" + arrangementId + "' arrived before its recording"));
        if (document.hasFolded(sequence)) {
            return;
        }
        change.accept(document);
        document.tookEffect(EffectiveDates.dateOf(event));
        document.folded(sequence, recordedAt);
        documents.save(document);
    }
}
