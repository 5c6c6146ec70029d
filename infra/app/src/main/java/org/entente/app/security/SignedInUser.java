package org.entente.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from, however they signed in (password, API token, the identity provider's token):
 * the only identity the registry trusts. The party is the one a registrar acts for.
 */
public record SignedInUser(String name, String party, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<SignedInUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<SignedInUser> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountDetails account) {
            return Optional.of(account.user());
        }
        if (authentication instanceof SignedInAuthentication signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** The party this user records for: a registrar's party, else none. */
    public Optional<String> actingParty() {
        return holds(Role.REGISTRAR) ? Optional.ofNullable(party) : Optional.empty();
    }

    /** Whether the user may read the views of an arrangement between {@code parties}. */
    public boolean seesViewsOf(Collection<String> parties) {
        return holds(Role.AUDITOR) || holds(Role.VIEWER) || isPartyTo(parties);
    }

    /** Whether the user may read the records of an arrangement between {@code parties}: history, exports, paper content. */
    public boolean seesRecordsOf(Collection<String> parties) {
        return holds(Role.AUDITOR) || isPartyTo(parties);
    }

    /** Whether the user records for one of {@code parties}. */
    public boolean isPartyTo(Collection<String> parties) {
        return actingParty().filter(parties::contains).isPresent();
    }

    /**
     * The party whose arrangements bound what this user may see, when the user sees only those: a
     * registrar without a reader's role.
     */
    public Optional<String> visibilityLimitedTo() {
        return holds(Role.AUDITOR) || holds(Role.VIEWER) ? Optional.empty() : actingParty();
    }
}
