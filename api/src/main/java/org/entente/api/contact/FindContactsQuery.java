package org.entente.api.contact;

import java.time.LocalDate;

/** The directory of points of contact in effect on {@code asOf} (null: today); null filters match everything. */
public record FindContactsQuery(String party, ContactRole role, String arrangementId, LocalDate asOf) {
}
