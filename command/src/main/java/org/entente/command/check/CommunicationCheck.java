package org.entente.command.check;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.shared.ExpectedVersion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.entente.command.shared.ActingParty.requireActingFor;
import static org.entente.command.shared.AggregateVersion.applied;
import static org.entente.command.shared.AggregateVersion.version;

/**
 * One test of whether a point of contact answers: its own aggregate, because nothing of the
 * arrangement binds an answer or a failure, and checks recur without end. Only its start depends on
 * the arrangement, which {@link CheckInitiation} asks before creating it.
 */
@Revision("2")
public class CommunicationCheck {

    @AggregateIdentifier
    private String checkId;
    private String arrangementId;
    private String contactId;
    private String toParty;
    private Instant initiatedAt;
    private Instant answerBy;
    private CheckStatus status;
    private Instant answeredAt;

    protected CommunicationCheck() {
        // required by Axon to rebuild the aggregate from its events
    }

    CommunicationCheck(InitiateCommunicationCheck command, String toParty, Instant initiatedAt) {
        if (command.answerBy() == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, "answerBy", "answerBy is required");
        }
        if (!command.answerBy().isAfter(initiatedAt)) {
            throw new RuleViolation(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy",
                    "answerBy " + command.answerBy() + " does not lie after " + initiatedAt);
        }
        apply(new CommunicationCheckInitiated(command.arrangementId(), command.checkId(), command.contactId(),
                command.fromParty(), toParty, initiatedAt, command.answerBy()));
    }

    /** Checks the version the client last read while the check is locked, before any handler decides. */
    @CommandHandlerInterceptor
    Object requireExpectedVersion(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ExpectedVersion.require(command.getMetaData().get(Expected.VERSION), version(), "The communication check");
        return chain.proceed();
    }

    @CommandHandler
    long handle(AnswerCommunicationCheck command, Clock clock, @MetaDataValue(Acting.PARTY) String actingParty) {
        requireActingFor(actingParty, toParty);
        if (answeredAt != null && answeredAt.equals(command.answeredAt())) {
            return version();
        }
        requirePending();
        Instant answeredAt = command.answeredAt();
        if (answeredAt == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, "answeredAt", "answeredAt is required");
        }
        if (answeredAt.isBefore(initiatedAt)) {
            throw new RuleViolation(Rule.ANSWER_BEFORE_CHECK, "answeredAt",
                    "The check began at " + initiatedAt + "; an answer at " + answeredAt + " cannot count");
        }
        if (answeredAt.isAfter(clock.instant())) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, "answeredAt", "answeredAt " + answeredAt + " lies in the future");
        }
        if (answeredAt.isAfter(answerBy)) {
            throw new RuleViolation(Rule.ANSWER_TOO_LATE, "answeredAt", "The check had to be answered by " + answerBy + "; it fails instead");
        }
        return applied(new CommunicationCheckAnswered(arrangementId, checkId, contactId, answeredAt,
                Duration.between(initiatedAt, answeredAt)));
    }

    @CommandHandler
    long handle(FailCommunicationCheck command, Clock clock) {
        requirePending();
        if (!clock.instant().isAfter(answerBy)) {
            throw new RuleViolation(Rule.CHECK_NOT_DUE, "Check '" + checkId + "' may be answered until " + answerBy);
        }
        return applied(new CommunicationCheckFailed(arrangementId, checkId, contactId, answerBy));
    }

    private void requirePending() {
        if (status != CheckStatus.PENDING) {
            throw new RuleViolation(Rule.CHECK_CLOSED, "Check '" + checkId + "' is " + status + "; that is final");
        }
    }

    @EventSourcingHandler
    void on(CommunicationCheckInitiated event) {
        checkId = event.checkId();
        arrangementId = event.arrangementId();
        contactId = event.contactId();
        toParty = event.toParty();
        initiatedAt = event.initiatedAt();
        answerBy = event.answerBy();
        status = CheckStatus.PENDING;
    }

    @EventSourcingHandler
    void on(CommunicationCheckAnswered event) {
        status = CheckStatus.ANSWERED;
        answeredAt = event.answeredAt();
    }

    @EventSourcingHandler
    void on(CommunicationCheckFailed event) {
        status = CheckStatus.FAILED;
    }
}
