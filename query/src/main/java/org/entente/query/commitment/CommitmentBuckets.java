package org.entente.query.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Commitment rows in buckets of one scope (the registry, a party's arrangements, what a party owes) and
 * one part of a due day, each read by id; and per scope a directory of its parts of days with how many
 * rows of each tally fall due in each. Implemented by the infrastructure on MongoDB.
 */
public interface CommitmentBuckets {

    /**
     * Puts each row into its buckets, replacing the row with the same key there, with its {@link CommitmentRow#mark()},
     * in one write where the store allows.
     */
    void put(Map<String, List<CommitmentRow>> rowsByBucket);

    /**
     * Records the tallies of days of scopes (scope, then day), each replacing what was recorded for that day, in one
     * write where the store allows; an empty map keeps the day, with nothing due.
     */
    void tally(Map<String, Map<String, Map<String, Integer>>> talliesByScope);

    /** The days of a scope with their tallies; empty for a scope with none. */
    Map<String, Map<String, Integer>> tallies(String scope);

    /** The marks of the rows of the buckets that exist among these (by bucket, then row key), without the rows. */
    Map<String, Map<String, String>> marks(Collection<String> buckets);

    /** The rows of the buckets that exist among these, by bucket. */
    Map<String, List<CommitmentRow>> rows(Collection<String> buckets);

    void deleteAll();
}
