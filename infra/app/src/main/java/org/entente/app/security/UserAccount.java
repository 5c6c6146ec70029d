package org.entente.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user of the directory kept in the registry's database.
 *
 * @param passwordHash the password in Spring Security's encoded form, never the password itself
 */
public record UserAccount(String name, String passwordHash, String party, Set<Role> roles, boolean enabled,
                          Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    SignedInUser user() {
        return new SignedInUser(name, party, roles);
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(name, hash, party, roles, enabled, createdAt);
    }

    UserAccount with(String newParty, Set<Role> newRoles, boolean nowEnabled) {
        return new UserAccount(name, passwordHash, newParty, newRoles, nowEnabled, createdAt);
    }
}
