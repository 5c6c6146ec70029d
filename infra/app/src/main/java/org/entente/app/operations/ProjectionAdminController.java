package org.entente.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
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
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final Projections projections;

    ProjectionAdminController(EventProcessingConfiguration processing, Projections projections) {
        this.processing = processing;
        this.projections = projections;
    }

    @GetMapping("/api/admin/projections")
    List<Projections.Status> projections() {
        return projections.all();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<Projections.Status> rebuild(@PathVariable String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No projection '" + name + "'"));
        return ResponseEntity.accepted().body(projections.rebuild(processor, name));
    }
}
