package org.entente.api.dashboard;

import java.time.LocalDate;

/**
 * Scorecards of the parties the registry knows.
 *
 * @param party     only this party's card; null: every party's
 * @param asOf      the cards as they stood on this day; null: now
 * @param visibleTo when set, only that party's own card: a registrar sees how its own state delivers
 */
public record FindPartyScorecardsQuery(String party, LocalDate asOf, String visibleTo) {
}
