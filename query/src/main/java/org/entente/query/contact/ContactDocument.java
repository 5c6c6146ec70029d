package org.entente.query.contact;

import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.view.ContactHistory;
import org.entente.api.view.ContactView;
import org.entente.api.view.Liveness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One point of contact with every version of its details, never overwritten, so the directory can
 * answer who the contact was on any past date.
 */
public final class ContactDocument {

    /** The details in effect from {@code effectiveOn}, as recorded at {@code recordedAt}. */
    public record Version(LocalDate effectiveOn, ContactDetails details, Instant recordedAt) {
    }

    private String id;
    private String contactId;
    private String arrangementId;
    private String party;
    private ContactRole role;
    private LocalDate designatedOn;
    private List<Version> versions = new ArrayList<>();
    private LocalDate retiredOn;
    private String retirementReason;
    private long lastSequence = -1;
    private Instant lastVerifiedAt;
    private Duration lastResponseTime;
    private Instant lastFailedAt;

    ContactDocument() {
        // for the document mapper
    }

    public static String idOf(String arrangementId, String contactId) {
        return arrangementId + "/" + contactId;
    }

    static ContactDocument designated(PointOfContactDesignated event, long sequence, Instant recordedAt) {
        ContactDocument document = new ContactDocument();
        document.id = idOf(event.arrangementId(), event.contactId());
        document.contactId = event.contactId();
        document.arrangementId = event.arrangementId();
        document.party = event.party();
        document.role = event.role();
        document.designatedOn = event.effectiveOn();
        document.versions.add(new Version(event.effectiveOn(), event.details(), recordedAt));
        document.lastSequence = sequence;
        return document;
    }

    /** Whether the arrangement event at this sequence is already folded in (delivery is at-least-once). */
    boolean hasFolded(long sequence) {
        return sequence <= lastSequence;
    }

    void updated(ContactDetails after, LocalDate effectiveOn, long sequence, Instant recordedAt) {
        versions.add(new Version(effectiveOn, after, recordedAt));
        lastSequence = sequence;
    }

    void retired(LocalDate on, String reason, long sequence) {
        retiredOn = on;
        retirementReason = reason;
        lastSequence = sequence;
    }

    void verified(Instant at, Duration responseTime, long sequence) {
        lastVerifiedAt = at;
        lastResponseTime = responseTime;
        lastSequence = sequence;
    }

    void failedCheck(Instant at, long sequence) {
        lastFailedAt = at;
        lastSequence = sequence;
    }

    /** UNREACHABLE if the latest check failed; VERIFIED if answered within {@code window} of {@code now}. */
    Liveness livenessAt(Instant now, Duration window) {
        if (lastFailedAt != null && (lastVerifiedAt == null || lastFailedAt.isAfter(lastVerifiedAt))) {
            return Liveness.UNREACHABLE;
        }
        if (lastVerifiedAt == null) {
            return Liveness.UNTESTED;
        }
        return lastVerifiedAt.isAfter(now.minus(window)) ? Liveness.VERIFIED : Liveness.STALE;
    }

    public ContactHistory toHistory() {
        return new ContactHistory(contactId, arrangementId, party, role, designatedOn,
                versions.stream().map(v -> new ContactHistory.Version(v.effectiveOn(), v.details(), v.recordedAt())).toList(),
                retiredOn, retirementReason, lastVerifiedAt, lastResponseTime);
    }

    public String id() {
        return id;
    }

    public String party() {
        return party;
    }

    public ContactRole role() {
        return role;
    }

    public String arrangementId() {
        return arrangementId;
    }

    /** The contact as in effect on {@code day}: designated by then, not yet retired, with the latest details by then. */
    public Optional<ContactView> asOf(LocalDate day, Instant now, Duration verifiedWindow) {
        if (day.isBefore(designatedOn) || retiredOn != null && !day.isBefore(retiredOn)) {
            return Optional.empty();
        }
        Version current = versions.get(0);
        for (Version version : versions) {
            if (!version.effectiveOn().isAfter(day)) {
                current = version;
            }
        }
        ContactDetails details = current.details();
        return Optional.of(new ContactView(contactId, arrangementId, party, role, details.office(), details.person(),
                details.channels(), details.availability(), details.languages(), designatedOn, current.effectiveOn(),
                retiredOn, lastVerifiedAt, lastResponseTime, livenessAt(now, verifiedWindow)));
    }
}
