package org.entente.app.testing;

import org.entente.api.party.PartyCodes;
import org.entente.api.party.RegisteredOrganisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The users every test application knows, declared in configuration as an operator would: a registrar for
 * every party, and one user for each reading and operating role. Passwords are kept as {@code {noop}} so
 * that signing in costs nothing in tests; production declares hashes.
 */
public final class Users {

    public static final String AUDITOR = "auditor";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "admin-user";

    private Users() {
    }

    /** The sign-in name of the registrar of {@code party}. */
    public static String registrarOf(String party) {
        return "registrar-" + party.toLowerCase(Locale.ROOT);
    }

    public static String passwordOf(String user) {
        return "secret-of-" + user;
    }

    /** Every party code a registrar can be declared for: the ISO 3166-1 alpha-3 codes and the registered organisations. */
    static List<String> parties() {
        List<String> parties = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        Arrays.stream(RegisteredOrganisation.values()).map(Enum::name).forEach(parties::add);
        return parties.stream().filter(PartyCodes::isKnown).sorted().toList();
    }

    /** The users as {@code entente.security.users[N].*} settings. */
    public static Map<String, Object> asSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        int i = 0;
        for (String party : parties()) {
            declare(settings, i++, registrarOf(party), "REGISTRAR", party);
        }
        declare(settings, i++, AUDITOR, "AUDITOR", null);
        declare(settings, i++, VIEWER, "VIEWER", null);
        declare(settings, i, ADMIN, "ADMIN", null);
        return settings;
    }

    /** The same users as command-line arguments, for applications a test starts itself. */
    public static List<String> asArguments() {
        return asSettings().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    private static void declare(Map<String, Object> settings, int index, String name, String roles, String party) {
        String prefix = "entente.security.users[" + index + "].";
        settings.put(prefix + "name", name);
        settings.put(prefix + "password", "{noop}" + passwordOf(name));
        settings.put(prefix + "roles", roles);
        if (party != null) {
            settings.put(prefix + "party", party);
        }
    }
}
