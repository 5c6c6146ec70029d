package org.entente.api.ledger;

import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import java.time.LocalDate;

/**
 * Commitments across the registry; every null filter matches everything.
 *
 * @param party       commitments of arrangements this party is party to
 * @param owedBy      commitments this party owes
 * @param overdue     past their due date, still open or in progress, in an arrangement neither suspended nor terminated
 * @param dueFrom     due on or after this day; undated commitments never match a window
 * @param dueTo       due on or before this day
 * @param asOf        the answer as it stood on this day, by the same effective-date rules as an arrangement's as-of
 *                    view; overdue is then judged on that day. Null: as recorded now, judged today
 * @param visibleTo   when set, only arrangements this party is party to: what a registrar of that party may know of
 * @param page        counts from 0
 */
public record FindCommitmentsQuery(String party, String owedBy, CommitmentStatus status, CommitmentCategory category,
                                   Boolean overdue, LocalDate dueFrom, LocalDate dueTo, String arrangement,
                                   LocalDate asOf, String visibleTo, CommitmentOrder order, int page, int size) {

    /** Everything one party owes, earliest due first: the party's own list. */
    public static FindCommitmentsQuery owedBy(String party, String visibleTo, int page, int size) {
        return new FindCommitmentsQuery(null, party, null, null, null, null, null, null, null, visibleTo,
                CommitmentOrder.EARLIEST_DUE_FIRST, page, size);
    }
}
