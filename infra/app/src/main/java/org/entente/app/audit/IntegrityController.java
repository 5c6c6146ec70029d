package org.entente.app.audit;

import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.verify.ChainVerifier;
import org.entente.verify.EventHash;
import org.entente.verify.ExportLine;
import org.entente.verify.StoredEvent;
import org.entente.app.security.LongReads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Re-reads an arrangement's stored events directly and recomputes their hash chain. */
@RestController
class IntegrityController {

    private final CommitLogEventStorageEngine engine;
    private final LongReads longReads;

    IntegrityController(CommitLogEventStorageEngine engine, LongReads longReads) {
        this.engine = engine;
        this.longReads = longReads;
    }

    /** The permit is held until the last line is written, which happens after this method has returned. */
    @GetMapping(value = "/api/arrangements/{id}/export", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String id) {
        LongReads.Permit permit = longReads.start();
        try {
            List<StoredEvent> events = storedEventsOf(id);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/x-ndjson"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".ndjson\"")
                    .body(out -> {
                        try (permit) {
                            for (StoredEvent event : events) {
                                out.write((ExportLine.write(event) + "\n").getBytes(StandardCharsets.UTF_8));
                            }
                        }
                    });
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    /** A registry-wide digest: SHA-256 over the canonical list of every stream's head hash, by stream id. */
    record RegistryDigest(String digest, int streams, SortedMap<String, String> heads) {
    }

    @GetMapping("/api/integrity")
    RegistryDigest registry() {
        try (LongReads.Permit permit = longReads.start()) {
            SortedMap<String, String> heads = engine.streamHeads();
            return new RegistryDigest(EventHash.registryDigest(heads), heads.size(), heads);
        }
    }

    @GetMapping("/api/arrangements/{id}/integrity")
    ChainVerifier.Verdict integrity(@PathVariable String id, @RequestParam(required = false) String head) {
        try (LongReads.Permit permit = longReads.start()) {
            return ChainVerifier.verify(storedEventsOf(id), head);
        }
    }

    /** The arrangement's events as stored, in the verifier's terms; an arrangement with none is not found. */
    private List<StoredEvent> storedEventsOf(String id) {
        List<StoredEvent> events = AuditChain.asStoredEvents(engine.storedEventsOf(id));
        if (events.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND, "No arrangement '" + id + "'");
        }
        return events;
    }
}
