package org.entente.command.shared;

import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.util.Arrays;

/** The check of {@link Expected#VERSION}: the sender's expectation against the aggregate's version now. */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /**
     * @param expected the metadata value, or null when the sender expects nothing
     * @param current  the aggregate's version, 0 when it does not exist
     * @param what     the aggregate as a person names it, starting a sentence
     */
    public static void require(Object expected, long current, String what) {
        if (expected == null) {
            return;
        }
        String versions = expected.toString().trim();
        boolean matches = versions.equals(Expected.ANY) ? current > 0
                : Arrays.stream(versions.split(",")).map(String::trim).anyMatch(v -> v.equals(Long.toString(current)));
        if (!matches) {
            throw new RuleViolation(Rule.VERSION_MISMATCH, current == 0 ? what + " does not exist"
                    : what + " is at version " + current + ", not " + (versions.equals(Expected.ANY) ? "any" : versions)
                    + "; read it again before changing it");
        }
    }
}
