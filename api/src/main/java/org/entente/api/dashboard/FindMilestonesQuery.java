package org.entente.api.dashboard;

import java.time.LocalDate;

/**
 * The milestones of a window, what is overdue and which deadlines drift.
 *
 * @param from      first day of the window
 * @param to        last day of the window
 * @param party     only arrangements this party is party to; null: all
 * @param asOf      the answer as it stood on this day (dates in force and facts known by then), overdue judged
 *                  on it; null: as recorded now, judged today
 * @param visibleTo when set, only arrangements this party is party to: what a registrar of that party may know of
 */
public record FindMilestonesQuery(LocalDate from, LocalDate to, String party, LocalDate asOf, String visibleTo) {
}
