package org.entente.app.pages;

import org.entente.app.security.Role;
import org.entente.app.security.SignedInUser;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The signed-in user as the pages show it and decide by it: the header names the user, the roles and the
 * party; a page offers only what the user may do. The registry still decides every request for itself.
 */
public record PageUser(SignedInUser user) {

    /** The request attribute every page (and the error page) finds the signed-in user under. */
    public static final String ATTRIBUTE = "signedIn";

    static Optional<PageUser> current() {
        return SignedInUser.current().map(PageUser::new);
    }

    public String name() {
        return user.name();
    }

    /** The party a registrar acts for; null for other roles. */
    public String party() {
        return user.actingParty().orElse(null);
    }

    /** The roles in words, such as "Registrar" or "Auditor, Viewer". */
    public String roles() {
        return user.roles().stream().sorted().map(PageUser::wordFor).collect(Collectors.joining(", "));
    }

    /** Whether the user reads the registry's content: the dashboard and the arrangements. */
    public boolean reader() {
        return user.holds(Role.VIEWER) || user.holds(Role.AUDITOR) || user.holds(Role.REGISTRAR);
    }

    public boolean registrar() {
        return user.holds(Role.REGISTRAR);
    }

    public boolean auditor() {
        return user.holds(Role.AUDITOR);
    }

    public boolean admin() {
        return user.holds(Role.ADMIN);
    }

    /** Whether the user records for one of the parties: the one who may act on their arrangement. */
    public boolean actsFor(Collection<String> parties) {
        return user.isPartyTo(parties);
    }

    /** Whether the user may read an arrangement's record (its history, integrity, export, papers' content). */
    public boolean readsRecordsOf(Collection<String> parties) {
        return user.seesRecordsOf(parties);
    }

    private static String wordFor(Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        return role == Role.ADMIN ? "Administrator" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
