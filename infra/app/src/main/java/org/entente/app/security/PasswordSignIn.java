package org.entente.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;

/**
 * Sign-in with name and password (HTTP Basic for the API, the form for the web page) through Spring
 * Security's own provider, counting failures: a locked name is refused before its password is checked,
 * so a lockout gives a guesser no answer at all.
 */
final class PasswordSignIn implements AuthenticationProvider {

    /** Refused while locked; says until when. */
    static final class SignInLocked extends LockedException {

        private final transient Instant until;

        SignInLocked(Instant until) {
            super("Too many failed sign-ins; try again after " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final SecurityMetrics metrics;

    PasswordSignIn(UserDirectory directory, PasswordEncoder encoder, SignInAttempts attempts, SecurityMetrics metrics) {
        this.passwords = new DaoAuthenticationProvider(directory);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        var lockedUntil = attempts.lockedUntil(name);
        if (lockedUntil.isPresent()) {
            metrics.signInFailed("password", name, "locked");
            throw new SignInLocked(lockedUntil.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            attempts.succeeded(name);
            return signedIn;
        } catch (BadCredentialsException e) {
            attempts.failed(name);
            metrics.signInFailed("password", name, "bad-credentials");
            throw e;
        } catch (DisabledException e) {
            metrics.signInFailed("password", name, "disabled");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
