package org.entente.command.shared;

import org.entente.api.party.PartyCodes;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parties named in a command: known codes, each once, and parties to the arrangement the command is about. */
public final class Parties {

    private Parties() {
    }

    public static List<String> requireKnownAndDistinct(List<String> codes, String field) {
        List<String> listed = codes == null ? List.of() : codes;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            String code = listed.get(i);
            if (!PartyCodes.isKnown(code)) {
                throw new RuleViolation(Rule.UNKNOWN_PARTY_CODE, field + "[" + i + "]",
                        "'" + code + "' is neither an ISO 3166-1 alpha-3 code nor a registered organisation code (upper case)");
            }
            if (!seen.add(code)) {
                throw new RuleViolation(Rule.DUPLICATE_PARTY, field + "[" + i + "]", "'" + code + "' is listed twice");
            }
        }
        return List.copyOf(listed);
    }

    /** One wording wherever a party outside the arrangement is refused; the rule says what it was refused for. */
    public static void requireParty(String party, List<String> parties, String arrangementId, Rule rule, String field) {
        if (party == null || !parties.contains(party)) {
            throw new RuleViolation(rule, field, "'" + party + "' is not a party to arrangement '" + arrangementId + "'");
        }
    }
}
