package org.entente.api.contact;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The directory of points of contact in effect on {@code asOf} as the registry knew it at {@code knownAt};
 * null filters match everything. {@code knownAt} null: now, on the registry clock. {@code asOf} null: the
 * (UTC) date of {@code knownAt} if given, else today.
 */
public record FindContactsQuery(String party, ContactRole role, String arrangementId, LocalDate asOf, Instant knownAt) {
}
