package org.entente.app.web.idempotency;

import java.time.Instant;

/**
 * What is kept under one user's idempotency key.
 *
 * @param fingerprint the request it was first used for (method, path, acting headers, body)
 * @param claim       names the request that holds the key, so only it completes or releases it
 * @param expiresAt   when the record stops counting
 * @param answer      the first answer, or null while that request is still running
 */
public record KeyRecord(String fingerprint, String claim, Instant expiresAt, RecordedAnswer answer) {

    public boolean isAnswered() {
        return answer != null;
    }
}
