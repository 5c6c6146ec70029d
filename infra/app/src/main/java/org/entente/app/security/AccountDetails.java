package org.entente.app.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** A user account as Spring Security's password sign-in sees it: the user, the password hash, whether it may sign in. */
record AccountDetails(SignedInUser user, String passwordHash, boolean enabled, boolean locked) implements UserDetails {

    static List<GrantedAuthority> authoritiesOf(SignedInUser user) {
        return user.roles().stream().sorted().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        // Never the hash, should an account end up in a log line.
        return "AccountDetails[" + user + "]";
    }
}
