package org.entente.query.arrangement;

import java.util.Collection;
import java.util.Set;

/** For each search key, the arrangements whose text holds it. Implemented by the infrastructure on MongoDB. */
public interface SearchTokens {

    /** Idempotent: adding what is there, or removing what is not, changes nothing. */
    void change(String arrangementId, Collection<String> added, Collection<String> removed);

    /** The arrangements holding every one of the keys. */
    Set<String> arrangementsWithAll(Collection<String> keys);

    void deleteAll();
}
