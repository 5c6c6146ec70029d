package org.entente.api.contact;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A point of contact as it was in effect on the day asked about: the details of its latest change by
 * then. Liveness and the last check describe the contact at the moment asked about: now for the current
 * directory, else the end of that day or the instant the registry's knowledge is taken at, if earlier.
 */
@QueryModel
public record ContactView(String id, String arrangementId, String party, ContactRole role, String office, String person,
                          List<Channel> channels, Availability availability, List<String> languages,
                          LocalDate designatedOn, LocalDate detailsEffectiveOn, LocalDate retiredOn,
                          Instant lastVerifiedAt, Duration lastResponseTime, Liveness liveness) {
}
