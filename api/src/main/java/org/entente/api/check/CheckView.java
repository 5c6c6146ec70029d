package org.entente.api.check;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Duration;
import java.time.Instant;

/**
 * One communication check; {@code responseTime} is derived from its events, {@code version} is the number
 * of the check's events the view is built from (a read can wait for it with {@code minVersion}).
 */
@QueryModel
public record CheckView(String id, String arrangementId, String contactId, String fromParty, String toParty,
                        CheckStatus status, Instant initiatedAt, Instant answerBy, Instant answeredAt,
                        Duration responseTime, Instant failedAt, long version) {
}
