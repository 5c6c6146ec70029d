package org.entente.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.entente.app.web.Pages;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** An arrangement's full history, read from the event store itself, event by event, with who and when. */
@RestController
@Tag(name = ApiTags.HISTORY)
class HistoryController {

    private final StoredHistory history;
    private final Pages pages;

    HistoryController(StoredHistory history, Pages pages) {
        this.history = history;
        this.pages = pages;
    }

    @Operation(operationId = "getHistory", summary = "An arrangement's history, event by event", description = """
            The stored events themselves, in order: type, payload, when recorded and effective, who recorded it for \
            which party, correlation and causation, and the hash chain.""")
    @GetMapping("/api/arrangements/{id}/history")
    StoredHistory.Page history(@PathVariable String id,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                               @RequestParam(defaultValue = "100") @Min(1) int size) {
        pages.requireSize(size);
        return history.page(id, page, size).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No arrangement '" + id + "'"));
    }
}
