package org.entente.query.party;

import java.util.Set;

/**
 * For each party, the arrangements in which it owes at least one commitment. A party's commitments
 * are then read from those arrangements' documents with one lookup by id, so nothing about a
 * commitment is stored twice.
 */
public interface PartyLedger {

    /** Idempotent: recording the same obligation twice leaves one entry. */
    void recordObligation(String party, String arrangementId);

    Set<String> arrangementsOwedBy(String party);

    void deleteAll();
}
