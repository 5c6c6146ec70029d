package org.entente.api.party;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which strings name a party: an ISO 3166-1 alpha-3 state code or a registered organisation code. */
public final class PartyCodes {

    private static final Set<String> STATES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private static final Set<String> ORGANISATIONS = Arrays.stream(RegisteredOrganisation.values())
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private PartyCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && (STATES.contains(code) || ORGANISATIONS.contains(code));
    }

    /**
     * The one spelling the registry stores and answers: upper case. Codes are accepted in any case, so
     * {@code usa} and {@code USA} name the same party everywhere.
     */
    public static String canonical(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** The canonical spelling of each code, in order; null stays null. */
    public static List<String> canonical(List<String> codes) {
        return codes == null ? null : codes.stream().map(PartyCodes::canonical).toList();
    }

    public static boolean isState(String code) {
        return code != null && STATES.contains(code);
    }
}
