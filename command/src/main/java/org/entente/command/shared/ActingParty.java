package org.entente.command.shared;

import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.util.Collection;

/** A party acts only for itself; a command that names no acting party comes from the registry itself. */
public final class ActingParty {

    private ActingParty() {
    }

    public static void requireActingFor(String actingParty, String party) {
        if (actingParty != null && !actingParty.equals(party)) {
            throw new RuleViolation(Rule.ACTING_FOR_ANOTHER_PARTY, "'" + actingParty + "' cannot act for '" + party + "'");
        }
    }

    /** The acting party must be one of {@code parties}: a party to an arrangement, an obligor of a commitment. */
    public static void requireActingAsOneOf(String actingParty, Collection<String> parties, String what) {
        if (actingParty != null && !parties.contains(actingParty)) {
            throw new RuleViolation(Rule.ACTING_FOR_ANOTHER_PARTY, "'" + actingParty + "' is not " + what);
        }
    }
}
