package org.entente.api.contact;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A point of contact and every version of its details, oldest first. */
@QueryModel
public record ContactHistory(String id, String arrangementId, String party, ContactRole role, LocalDate designatedOn,
                             List<Version> versions, LocalDate retiredOn, String retirementReason,
                             Instant lastVerifiedAt, Duration lastResponseTime) {

    public record Version(LocalDate effectiveOn, ContactDetails details, Instant recordedAt) {
    }
}
