package org.entente.app.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Projection administration: every projection's position and lag behind the newest stored event, and
 * rebuilds in the background into a new generation of its collections, with progress, rate and an estimate
 * of the time left; readers keep the complete generation until the rebuilt one has caught up.
 */
@RestController
@Tag(name = ApiTags.PROJECTIONS)
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final Projections projections;

    ProjectionAdminController(EventProcessingConfiguration processing, Projections projections) {
        this.processing = processing;
        this.projections = projections;
    }

    @Operation(operationId = "listProjections", summary = "List the projections and their lag",
            description = "Every projection's position, its lag behind the newest stored event in events and in seconds, "
                    + "its generation, and a rebuild's progress.")
    @GetMapping("/api/admin/projections")
    List<Projections.Status> projections() {
        return projections.all();
    }

    @Operation(operationId = "rebuildProjection", summary = "Rebuild a projection", description = """
            Replays the event log in the background into a new generation of the projection's collections; readers keep \
            the complete generation until the new one has caught up. The listing and the log show progress, rate and \
            time left.""")
    @ApiResponse(responseCode = "202", description = "The rebuild started")
    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<Projections.Status> rebuild(@PathVariable String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No projection '" + name + "'"));
        return ResponseEntity.accepted().body(projections.rebuild(processor, name));
    }
}
