package org.entente.app.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.api.party.PartyCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentView;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.app.arrangement.ArrangementViews;
import org.entente.app.web.ClientChosenId;
import org.entente.app.web.Ids;
import org.entente.app.web.NotFound;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.ReadYourWrites;
import org.entente.app.web.WriteAcknowledgement;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The commitments of an arrangement. A write answers the arrangement's version, since a commitment is
 * part of it; the {@code id} of an addition is the new commitment's.
 */
@RestController
@Tag(name = ApiTags.COMMITMENTS)
@RequestMapping("/api/arrangements/{id}/commitments")
class CommitmentController {

    @Schema(name = "NewCommitment")
    record Addition(
            @ClientChosenId String id,
            @NotBlank @Size(max = 5000) String text,
            @NotNull CommitmentCategory category,
            @NotNull @Size(max = 200) List<@NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String> owedBy,
            LocalDate dueBy,
            LocalDate agreedOn) {
    }

    @Schema(name = "ProgressNote")
    record Progress(@NotBlank @Size(max = 5000) String note, LocalDate effectiveOn) {
    }

    record Fulfilment(@NotNull LocalDate fulfilledOn, @Size(max = 5000) String evidence) {
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }

    @Schema(name = "DeadlineMove")
    record Deadline(@NotNull LocalDate dueBy, @NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }

    private final CommandGateway commands;
    private final ArrangementViews arrangements;

    CommitmentController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.arrangements = new ArrangementViews(queries, readYourWrites);
    }

    @Operation(operationId = "addCommitment", summary = "Add a commitment to an arrangement", description = """
            What was promised, in which category, owed by which parties to the arrangement and due by when. The id \
            is the client's choice (a UUID if none); the answer's `id` is the commitment's, its `version` the \
            arrangement's.""")
    @ApiResponse(responseCode = "201", description = "Added; `Location` names the commitment")
    @PostMapping
    ResponseEntity<WriteAcknowledgement> add(@PathVariable String id, @Valid @RequestBody Addition body) {
        String commitmentId = Ids.orNew(body.id());
        long version = commands.sendAndWait(new AddCommitment(id, commitmentId, body.text(), body.category(),
                PartyCodes.canonical(body.owedBy()), body.dueBy(), body.agreedOn()));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id + "/commitments/" + commitmentId))
                .body(new WriteAcknowledgement(commitmentId, version));
    }

    @Operation(operationId = "getCommitment", summary = "Read a commitment",
            description = "One commitment of the arrangement's view, with its deadline history, progress and `overdue`.")
    @GetMapping("/{cid}")
    CommitmentView get(@PathVariable String id, @PathVariable String cid,
                       @RequestParam(required = false) @Min(1) Long minVersion) {
        return arrangements.current(id, minVersion).commitments().stream()
                .filter(c -> c.id().equals(cid))
                .findFirst()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no commitment '" + cid + "'"));
    }

    @Operation(operationId = "recordCommitmentProgress", summary = "Record progress on a commitment",
            description = "A note on what was done, by a registrar of a party that owes the commitment.")
    @PostMapping("/{cid}/progress")
    WriteAcknowledgement progress(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Progress body) {
        long version = commands.sendAndWait(new RecordCommitmentProgress(id, cid, body.note(), body.effectiveOn()));
        return new WriteAcknowledgement(id, version);
    }

    @Operation(operationId = "fulfilCommitment", summary = "Fulfil a commitment",
            description = "The day it was fulfilled and the evidence; final.")
    @PostMapping("/{cid}/fulfilment")
    WriteAcknowledgement fulfil(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Fulfilment body) {
        long version = commands.sendAndWait(new FulfilCommitment(id, cid, body.fulfilledOn(), body.evidence()));
        return new WriteAcknowledgement(id, version);
    }

    @Operation(operationId = "withdrawCommitment", summary = "Withdraw a commitment",
            description = "Why the commitment no longer stands, and since when; final.")
    @PostMapping("/{cid}/withdrawal")
    WriteAcknowledgement withdraw(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Withdrawal body) {
        long version = commands.sendAndWait(new WithdrawCommitment(id, cid, body.reason(), body.effectiveOn()));
        return new WriteAcknowledgement(id, version);
    }

    @Operation(operationId = "moveCommitmentDeadline", summary = "Move a commitment's deadline",
            description = "The new due date, why, and when the move was agreed (default: today); the original date is kept.")
    @PostMapping("/{cid}/deadline")
    WriteAcknowledgement moveDeadline(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Deadline body) {
        long version = commands.sendAndWait(new MoveCommitmentDeadline(id, cid, body.dueBy(), body.reason(),
                body.effectiveOn()));
        return new WriteAcknowledgement(id, version);
    }
}
