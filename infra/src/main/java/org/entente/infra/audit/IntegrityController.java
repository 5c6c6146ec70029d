package org.entente.infra.audit;

import org.bson.Document;
import org.entente.infra.eventstore.ChainVerifier;
import org.entente.infra.eventstore.CommitLogEventStorageEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Re-reads an arrangement's stored events directly and recomputes their hash chain. */
@RestController
class IntegrityController {

    private final CommitLogEventStorageEngine engine;

    IntegrityController(CommitLogEventStorageEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/arrangements/{id}/integrity")
    ChainVerifier.Verdict integrity(@PathVariable String id, @RequestParam(required = false) String head) {
        List<Document> events = engine.storedEventsOf(id);
        if (events.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND, "No arrangement '" + id + "'");
        }
        return ChainVerifier.verify(events, head);
    }
}
