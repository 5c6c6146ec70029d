package org.entente.api.view;

import org.entente.api.check.CheckStatus;

import java.time.Duration;
import java.time.Instant;

/** One communication check; {@code responseTime} is derived from its events. */
public record CheckView(String id, String arrangementId, String contactId, String fromParty, String toParty,
                        CheckStatus status, Instant initiatedAt, Instant answerBy, Instant answeredAt,
                        Duration responseTime, Instant failedAt) {
}
