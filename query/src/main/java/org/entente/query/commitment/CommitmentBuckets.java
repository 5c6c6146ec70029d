package org.entente.query.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Commitment rows in buckets of one scope (the registry, a party's arrangements, what a party owes) and
 * one due day, each read by id; and per scope a directory of its days with how many rows of each
 * tally fall due on each. Implemented by the infrastructure on MongoDB.
 */
public interface CommitmentBuckets {

    /** Puts the row into the bucket, replacing the row with the same key, and answers every row the bucket then holds. */
    List<CommitmentRow> put(String bucket, CommitmentRow row);

    /** Records the tallies of one day of a scope, replacing what was recorded; an empty map keeps the day, with nothing due. */
    void tally(String scope, String day, Map<String, Integer> counts);

    /** The days of a scope with their tallies; empty for a scope with none. */
    Map<String, Map<String, Integer>> tallies(String scope);

    /** The rows of the buckets that exist among these, by bucket. */
    Map<String, List<CommitmentRow>> rows(Collection<String> buckets);

    void deleteAll();
}
