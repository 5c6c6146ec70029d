package org.entente.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.entente.app.EntenteProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed password sign-ins per user name: after too many within the window the name is locked for a
 * while, so guessing a password is slowed to a few tries per lockout. A lock can be forced on a user by
 * someone guessing on purpose; the lockout is short so that costs the user minutes, not the account.
 * Kept in memory: each instance counts its own failures, which bounds guessing per instance.
 */
final class SignInAttempts {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Cache<String, Failures> failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInAttempts(EntenteProperties.SignIn settings, Clock clock) {
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.lockout = settings.lockout();
        Duration remembered = settings.window().compareTo(settings.lockout()) > 0 ? settings.window() : settings.lockout();
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(remembered)
                .maximumSize(100_000)
                .build();
    }

    /** When the name may try again, if it is locked now. */
    Optional<Instant> lockedUntil(String name) {
        Failures known = failures.getIfPresent(key(name));
        Instant now = clock.instant();
        return known != null && known.lockedUntil() != null && now.isBefore(known.lockedUntil())
                ? Optional.of(known.lockedUntil()) : Optional.empty();
    }

    void failed(String name) {
        Instant now = clock.instant();
        failures.asMap().compute(key(name), (key, known) -> {
            int count = (known == null || known.lockedUntil() != null && !now.isBefore(known.lockedUntil())) ? 1 : known.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    void succeeded(String name) {
        failures.invalidate(key(name));
    }

    /** Names are matched as typed, so a lock cannot be dodged by changing their case. */
    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
