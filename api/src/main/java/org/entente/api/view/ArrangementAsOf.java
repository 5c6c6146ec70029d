package org.entente.api.view;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to an as-of question: the view rebuilt from the events in effect on {@code asOf} and
 * recorded by {@code knownAt}, with how many of the stream's events that is. When nothing of the
 * arrangement was in effect or known then, {@code view} is null and {@code absence} says why.
 * {@code overdue} inside the view is judged on {@code asOf}, else on the day of {@code knownAt}.
 */
public record ArrangementAsOf(String arrangementId, LocalDate asOf, Instant knownAt, int eventsFolded, int eventsRecorded,
                              ArrangementView view, String absence) {

    public static ArrangementAsOf absent(String arrangementId, LocalDate asOf, Instant knownAt, int eventsRecorded,
                                         String absence) {
        return new ArrangementAsOf(arrangementId, asOf, knownAt, 0, eventsRecorded, null, absence);
    }
}
