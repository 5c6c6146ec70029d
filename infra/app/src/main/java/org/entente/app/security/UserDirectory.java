package org.entente.app.security;

import org.entente.api.party.PartyCodes;
import org.entente.app.EntenteProperties;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everyone who may sign in: the users declared in configuration, then the accounts of the directory in
 * the database. A declared user cannot be shadowed by an account of the same name.
 */
public final class UserDirectory implements UserDetailsService {

    private final Map<String, AccountDetails> declared;
    private final UserAccounts accounts;
    private final SignInAttempts attempts;

    UserDirectory(EntenteProperties.Security settings, UserAccounts accounts, SignInAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.declared = new LinkedHashMap<>();
        for (int i = 0; i < settings.users().size(); i++) {
            EntenteProperties.ConfiguredUser user = settings.users().get(i);
            String where = "entente.security.users[" + i + "]";
            Accounts.requireValidName(where + ".name", user.name());
            if (user.password() == null || !user.password().startsWith("{")) {
                throw new IllegalStateException(where + ".password must be in an encoded form such as {bcrypt}$2a$10$…"
                        + " ({noop}… keeps it as plain text, for tests only)");
            }
            Set<Role> roles = Accounts.rolesOf(where + ".roles", user.roles());
            SignedInUser signedIn = new SignedInUser(user.name(), Accounts.partyOf(where + ".party", roles, user.party()), roles);
            if (declared.putIfAbsent(user.name(), new AccountDetails(signedIn, user.password(), true, false)) != null) {
                throw new IllegalStateException(where + ".name: '" + user.name() + "' is declared twice");
            }
        }
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        AccountDetails found = find(name).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        boolean locked = attempts.lockedUntil(name).isPresent();
        return new AccountDetails(found.user(), found.passwordHash(), found.enabled(), locked);
    }

    /** The user as signed in now, for sign-ins with a token that names the user. */
    Optional<SignedInUser> active(String name) {
        return find(name).filter(AccountDetails::enabled).map(AccountDetails::user);
    }

    boolean isDeclared(String name) {
        return declared.containsKey(name);
    }

    boolean anyoneMaySignIn() {
        return !declared.isEmpty() || accounts.count() > 0;
    }

    private Optional<AccountDetails> find(String name) {
        AccountDetails fromConfiguration = declared.get(name);
        if (fromConfiguration != null) {
            return Optional.of(fromConfiguration);
        }
        return accounts.find(name).map(account -> new AccountDetails(account.user(), account.passwordHash(), account.enabled(), false));
    }

    /** What every account must satisfy, wherever it is declared. */
    static final class Accounts {

        /** An account that breaks a rule: the field (a setting's name, or a request field) and what is wrong. */
        static final class Invalid extends IllegalArgumentException {

            private final String field;
            private final String detail;

            Invalid(String field, String detail) {
                super(field + ": " + detail);
                this.field = field;
                this.detail = detail;
            }

            String field() {
                return field;
            }

            String detail() {
                return detail;
            }
        }

        private Accounts() {
        }

        /** Role names as configured, in any case; a name that is no role is a mistake worth stopping for. */
        static Set<Role> rolesOf(String field, Set<String> names) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Invalid(field, "'" + name + "' is not one of " + Arrays.toString(Role.values()));
                }
            }
            return roles;
        }

        static void requireValidName(String field, String name) {
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
                throw new Invalid(field, "must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
            }
        }

        /** A registrar acts for exactly one known party; other roles act for none. The code is answered in upper case. */
        static String partyOf(String field, Set<Role> roles, String party) {
            if (roles.isEmpty()) {
                throw new Invalid(field, "a user holds at least one role");
            }
            if (party == null || party.isBlank()) {
                if (roles.contains(Role.REGISTRAR)) {
                    throw new Invalid(field, "a registrar needs the party it acts for");
                }
                return null;
            }
            String code = party.strip().toUpperCase(Locale.ROOT);
            if (!PartyCodes.isKnown(code)) {
                throw new Invalid(field, "'" + party + "' is not a known party code");
            }
            return code;
        }
    }
}
