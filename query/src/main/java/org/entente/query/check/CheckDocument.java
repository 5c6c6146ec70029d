package org.entente.query.check;

import org.entente.api.check.CheckStatus;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.view.CheckView;

import java.time.Duration;
import java.time.Instant;

/** One communication check as the registry knows it now. */
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

    public Instant answerBy() {
        return answerBy;
    }

    public CheckView toView() {
        Duration responseTime = answeredAt == null ? null : Duration.between(initiatedAt, answeredAt);
        return new CheckView(id, arrangementId, contactId, fromParty, toParty, status, initiatedAt, answerBy, answeredAt,
                responseTime, failedAt);
    }
}
