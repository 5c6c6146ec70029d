package org.entente.app.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.api.party.PartyCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CheckList;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.FindCheckQuery;
import org.entente.api.check.FindChecksQuery;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.app.EntenteProperties;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.ReadYourWrites;
import org.entente.app.web.VersionPreconditions;
import org.entente.app.web.WriteAcknowledgement;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Communication checks. A check is started under an arrangement's point of contact and then lives on
 * its own, addressed by its own id; its writes answer the check's version.
 */
@RestController
@Tag(name = ApiTags.CHECKS)
class CheckController {

    private static final String CHECK = "communication check";

    @Schema(name = "CheckStart")
    record Initiation(@NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String fromParty, Instant answerBy) {
    }

    @Schema(name = "CheckAnswer")
    record Answer(@NotNull Instant answeredAt) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final Duration defaultAnswerWithin;
    private final ArrangementVisibility visibility;
    private final Pages pages;

    CheckController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites, Clock clock,
                    EntenteProperties properties, ArrangementVisibility visibility, Pages pages) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.defaultAnswerWithin = properties.checks().defaultAnswerWithin();
        this.visibility = visibility;
        this.pages = pages;
    }

    @Operation(operationId = "initiateCheck", summary = "Start a communication check of a point of contact", description = """
            A party checks whether another party's active contact answers by `answerBy` (default: \
            `entente.checks.default-answer-within` from now, 24 h). The check then lives at its own address; the \
            answer's `id` and `version` are the check's.""")
    @ApiResponse(responseCode = "201", description = "Started; `Location` names the check")
    @PostMapping("/api/arrangements/{id}/contacts/{cid}/checks")
    ResponseEntity<WriteAcknowledgement> initiate(@PathVariable String id, @PathVariable String cid,
                                                  @Valid @RequestBody Initiation body) {
        String checkId = UUID.randomUUID().toString();
        Instant answerBy = body.answerBy() != null ? body.answerBy() : clock.instant().plus(defaultAnswerWithin);
        long version = commands.sendAndWait(new InitiateCommunicationCheck(checkId, id, cid, PartyCodes.canonical(body.fromParty()), answerBy));
        return ResponseEntity.created(URI.create("/api/checks/" + checkId)).body(new WriteAcknowledgement(checkId, version));
    }

    @Operation(operationId = "getCheck", summary = "Read a communication check",
            description = "Its status (`PENDING`, `ANSWERED`, `FAILED`), times and response time; its version as `ETag`.")
    @ApiResponse(responseCode = "200", description = "The check", headers = @Header(name = "ETag", ref = "ETag"))
    @GetMapping("/api/checks/{checkId}")
    ResponseEntity<CheckView> check(@PathVariable String checkId, @RequestParam(required = false) @Min(1) Long minVersion) {
        visibility.requireVisible(checkId, CHECK);
        CheckView check = readYourWrites.read(checkId, CHECK, minVersion, () -> find(checkId), CheckView::version);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(check.version())).body(check);
    }

    @Operation(operationId = "answerCheck", summary = "Answer a communication check",
            description = "The checked party's registrar says when the contact answered; after `answerBy` the check has failed.")
    @PostMapping("/api/checks/{checkId}/answer")
    WriteAcknowledgement answer(@PathVariable String checkId, @Valid @RequestBody Answer body) {
        visibility.requireVisible(checkId, CHECK);
        long version = commands.sendAndWait(new AnswerCommunicationCheck(checkId, body.answeredAt()));
        return new WriteAcknowledgement(checkId, version);
    }

    @Operation(operationId = "listChecks", summary = "List communication checks",
            description = "A page of the checks the signed-in user may see, by the party checked or checking and by status.")
    @GetMapping("/api/checks")
    Pages.Page<CheckView> checks(@RequestParam(required = false) String party, @RequestParam(required = false) CheckStatus status,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        pages.requireSize(size);
        return pages.of(visibility.visibleItems(queries.query(new FindChecksQuery(PartyParameters.canonicalKnown("party", party), status),
                ResponseTypes.instanceOf(CheckList.class)).join().items(), CheckView::arrangementId), page, size);
    }

    private Optional<CheckView> find(String checkId) {
        return queries.query(new FindCheckQuery(checkId), ResponseTypes.optionalInstanceOf(CheckView.class)).join();
    }
}
