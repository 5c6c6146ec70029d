package org.entente.app.web;

import org.entente.api.party.PartyCodes;

/** Party codes a request names, checked before anything is asked of the registry. */
public final class PartyParameters {

    /** Longer than any code the registry knows (ISO 3166-1 alpha-3, or a registered organisation's). */
    public static final int MAX_CODE_LENGTH = 16;

    private PartyParameters() {
    }

    public static void requireKnown(String parameter, String code) {
        if (!PartyCodes.isKnown(code)) {
            throw new InvalidParameter(parameter, "'" + code + "' is not a known party code");
        }
    }

    /** For a filter that may be left out. */
    public static void requireKnownIfGiven(String parameter, String code) {
        if (code != null) {
            requireKnown(parameter, code);
        }
    }

    /** A party named in the path is the resource asked for, so an unknown code is not found rather than invalid. */
    public static void requireExisting(String code) {
        if (!PartyCodes.isKnown(code)) {
            throw new NotFound("'" + code + "' is neither an ISO 3166-1 alpha-3 code nor a registered organisation code");
        }
    }
}
