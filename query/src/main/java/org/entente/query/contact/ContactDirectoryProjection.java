package org.entente.query.contact;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Folds point-of-contact events into one document per contact, and the outcomes of the checks of it.
 * A redelivered contact event is recognised by its position in the arrangement's stream, a check outcome
 * by its check.
 */
@ProcessingGroup(ContactDirectoryProjection.PROCESSING_GROUP)
public class ContactDirectoryProjection {

    public static final String PROCESSING_GROUP = "contact-directory";

    private final ContactDocuments documents;

    public ContactDirectoryProjection(ContactDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(PointOfContactDesignated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        if (documents.find(ContactDocument.idOf(event.arrangementId(), event.contactId())).isEmpty()) {
            documents.save(ContactDocument.designated(event, sequence, recordedAt));
        }
    }

    @EventHandler
    void on(PointOfContactUpdated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), event.contactId(), sequence,
                doc -> doc.updated(event.after(), event.effectiveOn(), sequence, recordedAt));
    }

    @EventHandler
    void on(PointOfContactRetired event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        fold(event.arrangementId(), event.contactId(), sequence,
                doc -> doc.retired(event.effectiveOn(), event.reason(), sequence, recordedAt));
    }

    @EventHandler
    void on(CommunicationCheckAnswered event, @Timestamp Instant recordedAt) {
        checked(event.arrangementId(), event.contactId(),
                new ContactDocument.CheckOutcome(event.checkId(), true, event.answeredAt(), event.responseTime(), recordedAt));
    }

    @EventHandler
    void on(CommunicationCheckFailed event, @Timestamp Instant recordedAt) {
        checked(event.arrangementId(), event.contactId(),
                new ContactDocument.CheckOutcome(event.checkId(), false, event.failedAt(), null, recordedAt));
    }

    @ResetHandler
    void reset() {
        documents.deleteAll();
    }

    private void fold(String arrangementId, String contactId, long sequence, Consumer<ContactDocument> change) {
        ContactDocument document = designated(arrangementId, contactId, "Event " + sequence);
        if (!document.hasFolded(sequence)) {
            change.accept(document);
            documents.save(document);
        }
    }

    private void checked(String arrangementId, String contactId, ContactDocument.CheckOutcome outcome) {
        ContactDocument document = designated(arrangementId, contactId, "Check '" + outcome.checkId() + "'");
        if (document.checked(outcome)) {
            documents.save(document);
        }
    }

    /** A contact is designated before any event or check concerns it; anything else is corruption. */
    private ContactDocument designated(String arrangementId, String contactId, String concerning) {
        return documents.find(ContactDocument.idOf(arrangementId, contactId)).orElseThrow(() -> new IllegalStateException(
                concerning + " of arrangement '" + arrangementId + "' concerns contact '" + contactId + "' before its designation"));
    }
}
