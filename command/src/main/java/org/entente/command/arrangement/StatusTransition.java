package org.entente.command.arrangement;

import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementStatusChanged;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;

import java.time.LocalDate;
import java.util.Optional;

import static org.entente.api.arrangement.ArrangementStatus.IN_FORCE;
import static org.entente.api.arrangement.ArrangementStatus.NEGOTIATING;
import static org.entente.api.arrangement.ArrangementStatus.SUSPENDED;
import static org.entente.api.arrangement.ArrangementStatus.TERMINATED;

/**
 * The legal moves of an arrangement's life: NEGOTIATING → IN_FORCE ⇄ SUSPENDED → TERMINATED.
 * Negotiations may also be abandoned (NEGOTIATING → TERMINATED); nothing leaves TERMINATED.
 */
enum StatusTransition {
    ENTER_INTO_FORCE(ArrangementEnteredIntoForce::new),
    SUSPEND(ArrangementSuspended::new),
    RESUME(ArrangementResumed::new),
    TERMINATE(ArrangementTerminated::new);

    private interface Fact {
        ArrangementStatusChanged of(String arrangementId, LocalDate effectiveOn, String reason);
    }

    private final Fact fact;

    StatusTransition(Fact fact) {
        this.fact = fact;
    }

    /** The fact this move records: which one depends on where the arrangement stood. */
    ArrangementStatusChanged fact(String arrangementId, LocalDate effectiveOn, String reason) {
        return fact.of(arrangementId, effectiveOn, reason);
    }

    static Optional<StatusTransition> between(ArrangementStatus current, ArrangementStatus target) {
        if (current == NEGOTIATING && target == IN_FORCE) {
            return Optional.of(ENTER_INTO_FORCE);
        }
        if (current == IN_FORCE && target == SUSPENDED) {
            return Optional.of(SUSPEND);
        }
        if (current == SUSPENDED && target == IN_FORCE) {
            return Optional.of(RESUME);
        }
        if (current != TERMINATED && target == TERMINATED) {
            return Optional.of(TERMINATE);
        }
        return Optional.empty();
    }
}
