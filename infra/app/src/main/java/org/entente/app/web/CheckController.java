package org.entente.app.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.FindChecksQuery;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.party.PartyCodes;
import org.entente.api.view.CheckList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Communication checks. A check's id is {@code <arrangement id>:<uuid>}: the answer endpoint names only
 * the check, and the id alone leads to the arrangement that holds it, without waiting for a read model.
 */
@RestController
class CheckController {

    record Initiation(@NotNull String fromParty, Instant answerBy) {
    }

    record Answer(@NotNull Instant answeredAt) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final Duration defaultAnswerWithin;

    CheckController(CommandGateway commands, QueryGateway queries, Clock clock,
                    @Value("${entente.checks.default-answer-within:24h}") Duration defaultAnswerWithin) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.defaultAnswerWithin = defaultAnswerWithin;
    }

    @PostMapping("/api/arrangements/{id}/contacts/{cid}/checks")
    ResponseEntity<WriteAcknowledgement> initiate(@PathVariable String id, @PathVariable String cid,
                                                  @Valid @RequestBody Initiation body,
                                                  @RequestHeader(ActingParty.HEADER) String actingParty) {
        String checkId = id + ":" + UUID.randomUUID();
        Instant answerBy = body.answerBy() != null ? body.answerBy() : clock.instant().plus(defaultAnswerWithin);
        long version = commands.<Long>sendAndWait(ActingParty.command(
                new InitiateCommunicationCheck(id, checkId, cid, body.fromParty(), answerBy), actingParty));
        return ResponseEntity.created(URI.create("/api/checks/" + checkId)).body(new WriteAcknowledgement(checkId, version));
    }

    @PostMapping("/api/checks/{checkId}/answer")
    WriteAcknowledgement answer(@PathVariable String checkId, @Valid @RequestBody Answer body,
                                @RequestHeader(ActingParty.HEADER) String actingParty) {
        long version = commands.<Long>sendAndWait(ActingParty.command(
                new AnswerCommunicationCheck(arrangementOf(checkId), checkId, body.answeredAt()), actingParty));
        return new WriteAcknowledgement(checkId, version);
    }

    @GetMapping("/api/checks")
    CheckList checks(@RequestParam(required = false) String party, @RequestParam(required = false) CheckStatus status) {
        if (party != null && !PartyCodes.isKnown(party)) {
            throw new InvalidParameter("party", "'" + party + "' is not a known party code");
        }
        return queries.query(new FindChecksQuery(party, status), ResponseTypes.instanceOf(CheckList.class)).join();
    }

    static String arrangementOf(String checkId) {
        int separator = checkId.lastIndexOf(':');
        if (separator <= 0) {
            throw new NotFound("No check '" + checkId + "'");
        }
        return checkId.substring(0, separator);
    }
}
