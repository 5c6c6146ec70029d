package org.entente.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.app.web.openapi.ApiTags;
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
@Tag(name = ApiTags.HISTORY)
class IntegrityController {

    private final CommitLogEventStorageEngine engine;
    private final LongReads longReads;

    IntegrityController(CommitLogEventStorageEngine engine, LongReads longReads) {
        this.engine = engine;
        this.longReads = longReads;
    }

    /** The permit is held until the last line is written, which happens after this method has returned. */
    @Operation(operationId = "exportArrangement", summary = "Export an arrangement's events for offline verification", description = """
            An NDJSON bundle, one stored event per line, that `entente-verify` checks without the server. Exports \
            and integrity checks are capped per user (429 beyond).""")
    @ApiResponse(responseCode = "200", description = "The bundle, as a file to save",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary")))
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

    @Operation(operationId = "getRegistryDigest", summary = "A digest over every stream's head hash", description = """
            SHA-256 over the canonical list of every stream's head hash: write it down to prove later that nothing \
            before it changed.""")
    @GetMapping("/api/integrity")
    RegistryDigest registry() {
        try (LongReads.Permit permit = longReads.start()) {
            SortedMap<String, String> heads = engine.streamHeads();
            return new RegistryDigest(EventHash.registryDigest(heads), heads.size(), heads);
        }
    }

    @Operation(operationId = "verifyArrangement", summary = "Verify an arrangement's hash chain", description = """
            Re-reads the stored events and recomputes their hash chain, naming the first event that fails; with \
            `head`, also that the chain still leads to a head hash written down earlier.""")
    @GetMapping("/api/arrangements/{id}/integrity")
    ChainVerifier.Verdict integrity(@PathVariable String id,
                                    @Parameter(description = "A head hash written down earlier") @RequestParam(required = false) String head) {
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
