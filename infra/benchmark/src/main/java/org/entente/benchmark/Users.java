package org.entente.benchmark;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The users a benchmarked build is started with, declared on its command line as an operator's automated
 * set-up would declare them: a registrar for each side of the arrangement the harness records, an auditor
 * who reads, an administrator who rebuilds. The password is drawn anew for every run of the harness and
 * kept as {@code {noop}}: a password hash checked on every request would be measured along with the reads.
 * Builds from before sign-in ignore these settings.
 */
final class Users {

    static final String AUDITOR = "benchmark-auditor";
    static final String ADMIN = "benchmark-admin";
    static final List<String> PARTIES = List.of("USA", "RUS");

    private static final String PASSWORD = randomPassword();

    private Users() {
    }

    static String registrarOf(String party) {
        return "benchmark-registrar-" + party.toLowerCase(Locale.ROOT);
    }

    static String password() {
        return PASSWORD;
    }

    /** The users as {@code --entente.security.users[N].*} arguments. */
    static List<String> asArguments() {
        List<String> args = new ArrayList<>();
        int i = 0;
        for (String party : PARTIES) {
            declare(args, i++, registrarOf(party), "REGISTRAR", party);
        }
        declare(args, i++, AUDITOR, "AUDITOR", null);
        declare(args, i, ADMIN, "ADMIN", null);
        return args;
    }

    private static void declare(List<String> args, int index, String name, String roles, String party) {
        String prefix = "--entente.security.users[" + index + "].";
        args.add(prefix + "name=" + name);
        args.add(prefix + "password={noop}" + PASSWORD);
        args.add(prefix + "roles=" + roles);
        if (party != null) {
            args.add(prefix + "party=" + party);
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
