package org.entente.api.arrangement;

import org.entente.api.rules.Rule;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to an as-of question: the view rebuilt from the events in effect on {@code asOf} and
 * recorded by {@code knownAt}, with how many of the stream's events that is. When nothing of the
 * arrangement was in effect or known then, {@code view} is null, {@code absence} names the reason and
 * {@code absenceDetail} explains it. {@code overdue} inside the view is judged on {@code asOf}, else on
 * the day of {@code knownAt}.
 */
@QueryModel
public record ArrangementAsOf(String arrangementId, LocalDate asOf, Instant knownAt, int eventsFolded, int eventsRecorded,
                              ArrangementView view, Absence absence, String absenceDetail) {

    /** Why there is no view; the name is the stable code clients see. */
    public enum Absence {
        UNKNOWN_ARRANGEMENT(Rule.UNKNOWN_ARRANGEMENT.title()),
        NOT_YET_RECORDED("The registry did not yet know the arrangement at that instant"),
        NOT_YET_IN_EFFECT("The arrangement was not yet in effect on that day");

        private final String title;

        Absence(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public static ArrangementAsOf absent(String arrangementId, LocalDate asOf, Instant knownAt, int eventsRecorded,
                                         Absence absence, String detail) {
        return new ArrangementAsOf(arrangementId, asOf, knownAt, 0, eventsRecorded, null, absence, detail);
    }
}
