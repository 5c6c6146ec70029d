package org.entente.query.check;

import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.CommunicationCheckInitiated;

import java.time.Duration;
import java.time.Instant;

/** One communication check as the registry knows it now: initiated, then answered or failed (its second and last event). */
public final class CheckDocument {

    private String id;
    private String arrangementId;
    private String contactId;
    private String fromParty;
    private String toParty;
    private CheckStatus status;
    private Instant initiatedAt;
    private Instant answerBy;
    private Instant answeredAt;
    private Instant failedAt;

    CheckDocument() {
        // for the document mapper
    }

    static CheckDocument initiated(CommunicationCheckInitiated event) {
        CheckDocument document = new CheckDocument();
        document.id = event.checkId();
        document.arrangementId = event.arrangementId();
        document.contactId = event.contactId();
        document.fromParty = event.fromParty();
        document.toParty = event.toParty();
        document.status = CheckStatus.PENDING;
        document.initiatedAt = event.initiatedAt();
        document.answerBy = event.answerBy();
        return document;
    }

    void answered(Instant at) {
        status = CheckStatus.ANSWERED;
        answeredAt = at;
    }

    void failed(Instant at) {
        status = CheckStatus.FAILED;
        failedAt = at;
    }

    public String id() {
        return id;
    }

    public String arrangementId() {
        return arrangementId;
    }

    public CheckStatus status() {
        return status;
    }

    public String fromParty() {
        return fromParty;
    }

    public String toParty() {
        return toParty;
    }

    public Instant answerBy() {
        return answerBy;
    }

    /** The version counts the check's events: the initiation alone while pending, then the answer or failure. */
    public CheckView toView() {
        Duration responseTime = answeredAt == null ? null : Duration.between(initiatedAt, answeredAt);
        long version = status == CheckStatus.PENDING ? 1 : 2;
        return new CheckView(id, arrangementId, contactId, fromParty, toParty, status, initiatedAt, answerBy, answeredAt,
                responseTime, failedAt, version);
    }
}
