package org.entente.api.ledger;

/**
 * The order of a list of commitments. Ties are broken by arrangement id and commitment id, so pages
 * never overlap or skip.
 *
 * @param descending the latest due date, or the last arrangement or party, first
 */
public record CommitmentOrder(Key key, boolean descending) {

    public static final CommitmentOrder EARLIEST_DUE_FIRST = new CommitmentOrder(Key.DUE_BY, false);

    /** What a list is ordered by: the due date (undated last), the arrangement's title, or the first party owing it. */
    public enum Key { DUE_BY, ARRANGEMENT, PARTY }
}
