package org.entente.query.contact;

import org.entente.api.contact.Liveness;

import java.time.Duration;
import java.time.Instant;

/**
 * How alive a point of contact is, judged from the latest answered and the latest failed check: the directory and
 * the dashboard's scorecards both judge by it, so a contact counts the same wherever it is shown.
 *
 * @param verifiedFor how long an answered check keeps a contact VERIFIED before it turns STALE
 */
public record LivenessRule(Duration verifiedFor) {

    /**
     * UNREACHABLE if the latest failure came after the latest answer (or there is no answer); UNTESTED if neither
     * happened; otherwise VERIFIED when the answer lies within {@code verifiedFor} of {@code moment}, else STALE.
     */
    public Liveness judge(Instant lastAnsweredAt, Instant lastFailedAt, Instant moment) {
        if (lastFailedAt != null && (lastAnsweredAt == null || lastFailedAt.isAfter(lastAnsweredAt))) {
            return Liveness.UNREACHABLE;
        }
        if (lastAnsweredAt == null) {
            return Liveness.UNTESTED;
        }
        return lastAnsweredAt.isAfter(moment.minus(verifiedFor)) ? Liveness.VERIFIED : Liveness.STALE;
    }
}
