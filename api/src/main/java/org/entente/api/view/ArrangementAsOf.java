package org.entente.api.view;

import org.entente.api.rules.Rule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to an as-of question: the view rebuilt from the events in effect on {@code asOf} and
 * recorded by {@code knownAt}, with how many of the stream's events that is. When nothing of the
 * arrangement was in effect or known then, {@code view} is null, {@code absence} names the reason and
 * {@code absenceDetail} explains it. {@code overdue} inside the view is judged on {@code asOf}, else on
 * the day of {@code knownAt}.
 */
public record ArrangementAsOf(String arrangementId, LocalDate asOf, Instant knownAt, int eventsFolded, int eventsRecorded,
                              ArrangementView view, Rule absence, String absenceDetail) {

    public static ArrangementAsOf absent(String arrangementId, LocalDate asOf, Instant knownAt, int eventsRecorded,
                                         Rule absence, String detail) {
        return new ArrangementAsOf(arrangementId, asOf, knownAt, 0, eventsRecorded, null, absence, detail);
    }
}
