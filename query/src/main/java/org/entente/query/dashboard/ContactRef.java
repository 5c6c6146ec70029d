package org.entente.query.dashboard;

import org.entente.api.contact.Liveness;
import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.LivenessRule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A point of contact of a party, by the id of its document in the contact directory, with the few facts of that
 * document a scorecard of today needs: the days it is in effect and when its latest check was answered and failed.
 *
 * @param inEffectFrom   the day it was designated
 * @param inEffectUntil  the day its retirement takes effect; null while it is not retired
 * @param lastAnsweredAt when the latest recorded answer came; null if none
 * @param lastFailedAt   when the latest recorded failure happened; null if none
 */
public record ContactRef(String contactDocumentId, LocalDate inEffectFrom, LocalDate inEffectUntil, Instant lastAnsweredAt,
                         Instant lastFailedAt) {

    static ContactRef of(ContactDocument document) {
        return new ContactRef(document.id(), document.designatedOn(), document.retiredOn(), document.lastAnsweredAt(),
                document.lastFailedAt());
    }

    /** False for an entry stored before entries kept these facts: it names its document only. */
    boolean keepsFacts() {
        return inEffectFrom != null;
    }

    boolean inEffectOn(LocalDate day) {
        return ContactDocument.inEffectOn(day, inEffectFrom, inEffectUntil);
    }

    Liveness livenessAt(Instant moment, LivenessRule rule) {
        return rule.judge(lastAnsweredAt, lastFailedAt, moment);
    }
}
