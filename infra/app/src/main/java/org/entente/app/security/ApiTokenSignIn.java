package org.entente.app.security;

import org.entente.app.EntenteProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: issued by a user for a script or machine, shown once, kept as a digest, revocable, expiring.
 * A token reads {@code ent_<id>_<secret>}: the id finds the stored digest by {@code _id}, the secret is
 * compared with it in constant time. A token signs in as its user with the user's roles of the moment, so
 * disabling the user or changing its roles takes effect on its tokens at once.
 */
public final class ApiTokenSignIn implements AuthenticationProvider {

    static final String PREFIX = "ent_";

    /** A token as issued: the only time its secret is seen. */
    public record Issued(ApiToken token, String secret) {
    }

    private final ApiTokens tokens;
    private final UserDirectory directory;
    private final SecurityMetrics metrics;
    private final EntenteProperties.Tokens settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenSignIn(ApiTokens tokens, UserDirectory directory, SecurityMetrics metrics, EntenteProperties.Tokens settings,
                   Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    static boolean looksLikeOurs(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }

    /** @param validFor how long the token lives; none: the default validity */
    Issued issue(SignedInUser user, String label, Duration validFor) {
        Instant now = clock.instant();
        Duration validity = validFor != null ? validFor : settings.defaultValidity();
        if (validity.isNegative() || validity.isZero() || validity.compareTo(settings.maxValidity()) > 0) {
            throw new IllegalArgumentException("must be more than zero and at most " + settings.maxValidity().toDays() + " days");
        }
        long live = tokens.ofUser(user.name()).stream().filter(t -> t.isLive(now)).count();
        if (live >= settings.maxPerUser()) {
            throw new TooManyTokens(settings.maxPerUser());
        }
        byte[] idBytes = new byte[10];
        byte[] secretBytes = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiToken token = new ApiToken(id, user.name(), label, digest(secret), now, now.plus(validity), null);
        tokens.save(token);
        return new Issued(token, PREFIX + id + "_" + secret);
    }

    List<ApiToken> of(String user) {
        return tokens.ofUser(user);
    }

    /** @return false when the user holds no such token */
    boolean revoke(String user, String id) {
        Optional<ApiToken> token = tokens.find(id).filter(t -> t.user().equals(user));
        token.filter(t -> t.revokedAt() == null).ifPresent(t -> tokens.save(t.revokedAt(clock.instant())));
        return token.isPresent();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String bearer = ((BearerTokenAuthenticationToken) authentication).getToken();
        String rest = bearer.substring(PREFIX.length());
        int split = rest.indexOf('_');
        Optional<ApiToken> token = split <= 0 ? Optional.empty()
                : tokens.find(rest.substring(0, split)).filter(t -> matches(t, rest.substring(split + 1)));
        if (token.isEmpty()) {
            throw refused("unknown", null);
        }
        if (!token.get().isLive(clock.instant())) {
            throw refused(token.get().revokedAt() != null ? "revoked" : "expired", token.get().user());
        }
        SignedInUser user = directory.active(token.get().user()).orElseThrow(() -> refused("user-disabled", token.get().user()));
        return new SignedInAuthentication(user, SignedInAuthentication.Method.API_TOKEN);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private InvalidBearerTokenException refused(String reason, String user) {
        metrics.signInFailed("api-token", user, reason);
        return new InvalidBearerTokenException("The API token is unknown, expired or revoked");
    }

    private static boolean matches(ApiToken token, String secret) {
        return MessageDigest.isEqual(token.secretDigest().getBytes(StandardCharsets.US_ASCII),
                digest(secret).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A user holds as many live tokens as allowed already. */
    static final class TooManyTokens extends RuntimeException {
        TooManyTokens(int max) {
            super("A user holds at most " + max + " live tokens; revoke one first");
        }
    }
}
