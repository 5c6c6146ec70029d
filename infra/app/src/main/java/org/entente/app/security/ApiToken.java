package org.entente.app.security;

import java.time.Instant;

/**
 * A token a user issued for a script or machine. Only a digest of its secret is kept: the token itself
 * is shown once, when it is issued.
 *
 * @param secretDigest SHA-256 of the secret, hex; the secret is random, so a fast digest is as good as a slow one
 */
public record ApiToken(String id, String user, String label, String secretDigest, Instant createdAt, Instant expiresAt,
                       Instant revokedAt) {

    boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ApiToken revokedAt(Instant when) {
        return new ApiToken(id, user, label, secretDigest, createdAt, expiresAt, when);
    }
}
