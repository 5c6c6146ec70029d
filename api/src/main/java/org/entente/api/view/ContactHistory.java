package org.entente.api.view;

import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A point of contact and every version of its details, oldest first. */
public record ContactHistory(String id, String arrangementId, String party, ContactRole role, LocalDate designatedOn,
                             List<Version> versions, LocalDate retiredOn, String retirementReason,
                             Instant lastVerifiedAt, Duration lastResponseTime) {

    public record Version(LocalDate effectiveOn, ContactDetails details, Instant recordedAt) {
    }
}
