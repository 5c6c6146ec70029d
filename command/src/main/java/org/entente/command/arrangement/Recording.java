package org.entente.command.arrangement;

import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.shared.Parties;

import java.util.List;

/**
 * What recording an arrangement requires: at least two known, distinct parties (two make it bilateral,
 * more multilateral), and a start as NEGOTIATING or IN_FORCE (by default).
 */
final class Recording {

    private Recording() {
    }

    static ArrangementRecorded of(RecordArrangement command) {
        ArrangementStatus initial = command.status() != null ? command.status() : ArrangementStatus.IN_FORCE;
        if (initial != ArrangementStatus.NEGOTIATING && initial != ArrangementStatus.IN_FORCE) {
            throw new RuleViolation(Rule.INVALID_INITIAL_STATUS, "status",
                    "An arrangement is recorded as NEGOTIATING or IN_FORCE, not " + initial);
        }
        List<String> parties = Parties.requireKnownAndDistinct(command.parties(), "parties");
        if (parties.size() < 2) {
            throw new RuleViolation(Rule.TOO_FEW_PARTIES, "parties", "An arrangement needs at least two parties; got " + parties.size());
        }
        ArrangementKind kind = parties.size() == 2 ? ArrangementKind.BILATERAL : ArrangementKind.MULTILATERAL;
        return new ArrangementRecorded(command.arrangementId(), command.title(), command.instrument(), kind, parties, initial,
                command.concludedOn(), command.source());
    }
}
