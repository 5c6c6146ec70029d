package org.entente.command.arrangement;

import org.entente.api.arrangement.ArrangementStatus;

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
    ENTER_INTO_FORCE, SUSPEND, RESUME, TERMINATE;

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
