package org.entente.app.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.view.ArrangementView;
import org.entente.api.view.CommitmentView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/arrangements/{id}/commitments")
class CommitmentController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    CommitmentController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping
    ResponseEntity<WriteAcknowledgement> add(@PathVariable String id, @Valid @RequestBody CommitmentBodies.Addition body) {
        String commitmentId = Ids.orNew(body.id());
        long version = commands.sendAndWait(new AddCommitment(id, commitmentId, body.text(), body.category(),
                body.owedBy(), body.dueBy(), body.agreedOn()));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id + "/commitments/" + commitmentId))
                .body(new WriteAcknowledgement(commitmentId, version));
    }

    @GetMapping("/{cid}")
    CommitmentView get(@PathVariable String id, @PathVariable String cid,
                       @RequestParam(required = false) @Min(1) Long minVersion) {
        ArrangementView arrangement = readYourWrites.read(id, minVersion,
                () -> queries.query(new FindArrangementQuery(id), ResponseTypes.optionalInstanceOf(ArrangementView.class)).join(),
                ArrangementView::version);
        return arrangement.commitments().stream()
                .filter(c -> c.id().equals(cid))
                .findFirst()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no commitment '" + cid + "'"));
    }

    @PostMapping("/{cid}/progress")
    WriteAcknowledgement progress(@PathVariable String id, @PathVariable String cid,
                                  @Valid @RequestBody CommitmentBodies.Progress body) {
        return acknowledge(id, commands.<Long>sendAndWait(new RecordCommitmentProgress(id, cid, body.note(), body.effectiveOn())));
    }

    @PostMapping("/{cid}/fulfilment")
    WriteAcknowledgement fulfil(@PathVariable String id, @PathVariable String cid,
                                @Valid @RequestBody CommitmentBodies.Fulfilment body) {
        return acknowledge(id, commands.<Long>sendAndWait(new FulfilCommitment(id, cid, body.fulfilledOn(), body.evidence())));
    }

    @PostMapping("/{cid}/withdrawal")
    WriteAcknowledgement withdraw(@PathVariable String id, @PathVariable String cid,
                                  @Valid @RequestBody CommitmentBodies.Withdrawal body) {
        return acknowledge(id, commands.<Long>sendAndWait(new WithdrawCommitment(id, cid, body.reason(), body.effectiveOn())));
    }

    @PostMapping("/{cid}/deadline")
    WriteAcknowledgement moveDeadline(@PathVariable String id, @PathVariable String cid,
                                      @Valid @RequestBody CommitmentBodies.Deadline body) {
        return acknowledge(id, commands.<Long>sendAndWait(new MoveCommitmentDeadline(id, cid, body.dueBy(), body.reason(),
                body.effectiveOn())));
    }

    private static WriteAcknowledgement acknowledge(String arrangementId, long version) {
        return new WriteAcknowledgement(arrangementId, version);
    }
}
