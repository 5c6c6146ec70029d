package org.entente.api.arrangement;

import java.time.LocalDate;

/**
 * An arrangement moved to another status on a day, for a reason. The four facts keep their own names,
 * because what happened matters (a suspension is not a termination); what they share is handled once.
 */
public sealed interface ArrangementStatusChanged
        permits ArrangementEnteredIntoForce, ArrangementSuspended, ArrangementResumed, ArrangementTerminated {

    String arrangementId();

    LocalDate effectiveOn();

    String reason();

    /** The status the arrangement has from {@link #effectiveOn()}. */
    ArrangementStatus status();
}
