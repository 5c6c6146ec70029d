package org.entente.query.dashboard;

import java.time.LocalDate;

/** A paper addressed to a party: when it was handed over, and when the party acknowledged receipt (null: not yet). */
public record AddressedPaper(String arrangementId, String paperId, LocalDate submittedOn, LocalDate acknowledgedOn) {

    /** Handed over by {@code day} and not acknowledged by then; as recorded now for none. */
    boolean outstandingOn(LocalDate day) {
        if (day == null) {
            return acknowledgedOn == null;
        }
        return (submittedOn == null || !submittedOn.isAfter(day)) && (acknowledgedOn == null || acknowledgedOn.isAfter(day));
    }
}
