package org.entente.app.web.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the answers to requests sent with an {@code Idempotency-Key} are kept, one record per user and key,
 * read by its id alone. A record is a claim while its request runs (no answer yet) and holds the answer once
 * it is done; either counts until it expires, after which the id is free again as if nothing were recorded.
 */
public interface IdempotencyRecords {

    /**
     * Stores {@code claim} under {@code id} unless a record that has not expired at {@code now} holds the id;
     * an expired one is replaced.
     *
     * @return empty when the claim was stored, else the record that holds the id
     */
    Optional<KeyRecord> claim(String id, KeyRecord claim, Instant now);

    /** The record under {@code id} that has not expired at {@code now}. */
    Optional<KeyRecord> find(String id, Instant now);

    /**
     * Replaces the claim named by {@code done.claim()} with the record of its answer.
     *
     * @return false when the claim no longer holds the id (it expired and another request took the id over)
     */
    boolean complete(String id, KeyRecord done);

    /** Removes the claim {@code claim} from {@code id}, if it still holds it, so that the key can be used again. */
    void release(String id, String claim);

    /** Removes every record expired at {@code now}; answers how many. */
    long purgeExpired(Instant now);
}
