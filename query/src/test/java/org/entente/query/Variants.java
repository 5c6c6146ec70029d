package org.entente.query;

import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;

/**
 * Other courses the arrangements' histories could have taken, told with the fixtures' facts, for what
 * the histories themselves never show.
 */
public final class Variants {

    private Variants() {
    }

    /** The United States revised its paper after Russia acknowledged the first; the story stops there. */
    public static EventStream usRussiaWithRevisedPaper() {
        EventStream history = UsRussia2011.history();
        return history.first(history.indexOf(DoctrinePaperReceiptAcknowledged.class) + 1)
                .then(UsRussia2011.usPaperRevisedSubmitted(), "2011-11-26T10:00:00Z")
                .then(UsRussia2011.usPaperSuperseded(), "2011-11-26T10:05:00Z");
    }

    /**
     * The history as a store written before checks had streams of their own holds it: Russia's check of the
     * hotline in March 2013 sits in the arrangement's stream, before the contact update of June.
     */
    public static EventStream usRussiaWithLegacyCheck() {
        EventStream history = UsRussia2011.history();
        int update = history.indexOf(PointOfContactUpdated.class);
        CheckTerms check = UsRussia2011.RUS_CHECKS_USA_HOTLINE;
        return history.first(update)
                .then(check.initiated(), check.initiatedAt())
                .then(check.answer(UsRussia2011.USA_HOTLINE_ANSWERED), UsRussia2011.USA_HOTLINE_ANSWERED)
                .then(history.from(update));
    }

    /** Recorded at the opening of the Berlin conference, while still negotiated; in force once concluded there. */
    public static EventStream watchAndWarningNegotiatedInBerlin() {
        return EventStream.arrangement(WatchAndWarning.ID)
                .then(WatchAndWarning.recordedWhileNegotiating(), "2003-10-20T09:00:00Z")
                .then(WatchAndWarning.enteredIntoForce(), "2003-10-22T17:00:00Z");
    }

    /** Recorded long after the fact as negotiated, without a conclusion date, then entered into force back then. */
    public static EventStream watchAndWarningBackfilledAsNegotiated() {
        return EventStream.arrangement(WatchAndWarning.ID)
                .then(WatchAndWarning.recordedWhileNegotiating(), "2026-01-10T09:00:00Z")
                .then(WatchAndWarning.enteredIntoForce(), "2026-01-11T09:00:00Z");
    }
}
