package org.entente.app.web;

import org.entente.api.party.PartyCodes;

/**
 * Party codes a request names, checked before anything is asked of the registry. A code is accepted in
 * any case and goes on in upper case, the one spelling the registry stores and answers.
 */
public final class PartyParameters {

    /** Longer than any code the registry knows (ISO 3166-1 alpha-3, or a registered organisation's). */
    public static final int MAX_CODE_LENGTH = 16;

    private PartyParameters() {
    }

    /** The code in upper case; an unknown one is a 400 naming the parameter. Null (left out) stays null. */
    public static String canonicalKnown(String parameter, String code) {
        if (code == null) {
            return null;
        }
        String canonical = PartyCodes.canonical(code);
        if (!PartyCodes.isKnown(canonical)) {
            throw new InvalidParameter(parameter, "'" + code + "' is not a known party code");
        }
        return canonical;
    }

    /** A party named in the path is the resource asked for, so an unknown code is not found rather than invalid. */
    public static String canonicalExisting(String code) {
        String canonical = PartyCodes.canonical(code);
        if (!PartyCodes.isKnown(canonical)) {
            throw new NotFound("'" + code + "' is neither an ISO 3166-1 alpha-3 code nor a registered organisation code");
        }
        return canonical;
    }
}
