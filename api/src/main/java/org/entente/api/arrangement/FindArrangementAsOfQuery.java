package org.entente.api.arrangement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One arrangement as in effect on {@code asOf} (business time), as the registry knew it at
 * {@code knownAt} (recording time). Either may be null: no {@code asOf} means whatever was known to be
 * in effect, no {@code knownAt} means everything recorded so far.
 */
public record FindArrangementAsOfQuery(String arrangementId, LocalDate asOf, Instant knownAt) {
}
