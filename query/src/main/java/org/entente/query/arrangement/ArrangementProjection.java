package org.entente.query.arrangement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.view.ArrangementContact;

import java.time.Instant;
import java.util.function.Consumer;

import static org.entente.api.arrangement.ArrangementStatus.IN_FORCE;
import static org.entente.api.arrangement.ArrangementStatus.SUSPENDED;
import static org.entente.api.arrangement.ArrangementStatus.TERMINATED;

/**
 * Folds arrangement and commitment events into one document per arrangement. Delivery is
 * at-least-once, so every handler first asks the document whether it has folded that event already.
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
    void on(ArrangementEnteredIntoForce event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt,
                doc -> doc.statusChanged(IN_FORCE, event.effectiveOn(), event.reason(), recordedAt));
    }

    @EventHandler
    void on(ArrangementSuspended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt,
                doc -> doc.statusChanged(SUSPENDED, event.effectiveOn(), event.reason(), recordedAt));
    }

    @EventHandler
    void on(ArrangementResumed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt,
                doc -> doc.statusChanged(IN_FORCE, event.effectiveOn(), event.reason(), recordedAt));
    }

    @EventHandler
    void on(ArrangementTerminated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt,
                doc -> doc.statusChanged(TERMINATED, event.effectiveOn(), event.reason(), recordedAt));
    }

    @EventHandler
    void on(ArrangementAmended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.amended(event.title(), event.source()));
    }

    @EventHandler
    void on(CommitmentAdded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.commitmentAdded(event, recordedAt));
    }

    @EventHandler
    void on(CommitmentProgressRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, 
                doc -> doc.commitment(event.commitmentId()).progressed(event.note(), event.effectiveOn(), recordedAt));
    }

    @EventHandler
    void on(CommitmentFulfilled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, 
                doc -> doc.commitment(event.commitmentId()).fulfilled(event.fulfilledOn(), event.evidence()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, 
                doc -> doc.commitment(event.commitmentId()).withdrawn(event.effectiveOn(), event.reason()));
    }

    @EventHandler
    void on(CommitmentDeadlineMoved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, 
                doc -> doc.commitment(event.commitmentId()).deadlineMoved(event.previousDueBy(), event.dueBy(), event.reason(), event.effectiveOn(), recordedAt));
    }

    // Every event of the arrangement's stream is folded here, contacts included: the document's version
    // counts the stream's events, and read-your-writes waits on it.

    @EventHandler
    void on(PointOfContactDesignated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.contactDesignated(event));
    }

    @EventHandler
    void on(PointOfContactUpdated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.contactChanged(event.contactId(),
                c -> new ArrangementContact(c.id(), c.party(), c.role(), event.after().office(), c.designatedOn(), c.retiredOn())));
    }

    @EventHandler
    void on(PointOfContactRetired event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.contactChanged(event.contactId(),
                c -> new ArrangementContact(c.id(), c.party(), c.role(), c.office(), c.designatedOn(), event.effectiveOn())));
    }

    // Checks are listed elsewhere; here they only count towards the stream's version.

    @EventHandler
    void on(CommunicationCheckInitiated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> {
        });
    }

    @EventHandler
    void on(CommunicationCheckAnswered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> {
        });
    }

    @EventHandler
    void on(CommunicationCheckFailed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> {
        });
    }

    @EventHandler
    void on(DoctrinePaperSubmitted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.paperSubmitted(event));
    }

    @EventHandler
    void on(DoctrinePaperReceiptAcknowledged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> {
        });
    }

    @EventHandler
    void on(DoctrinePaperSuperseded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt, doc -> doc.paperSuperseded(event.paperId(), event.byPaperId()));
    }

    @EventHandler
    void on(CommitmentFulfilledByExchange event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), sequence, recordedAt,
                doc -> doc.commitment(event.commitmentId()).fulfilledByExchange(event.fulfilledOn(), event.paperIds()));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }

    private void fold(String arrangementId, long sequence, Instant recordedAt, Consumer<ArrangementDocument> change) {
        ArrangementDocument document = documents.find(arrangementId)
                .orElseThrow(() -> new IllegalStateException(
                        "Event " + sequence + " of arrangement '" + arrangementId + "' arrived before its recording"));
        if (document.hasFolded(sequence)) {
            return;
        }
        change.accept(document);
        document.folded(sequence, recordedAt);
        documents.save(document);
    }
}
