package org.entente.app.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.app.web.openapi.ApiTags;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Projection administration: every projection's position and lag behind the head of the event log, and
 * rebuilds in the background (reset and replay), with progress, rate and an estimate of the time left.
 */
@RestController
@Tag(name = ApiTags.PROJECTIONS)
class ProjectionAdminController {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdminController.class);

    record Rebuild(Instant startedAt, long total) {
    }

    @Schema(name = "RebuildProgress")
    record Progress(long processed, long total, double eventsPerSecond, Long secondsLeft) {
    }

    /** {@code lag} counts global positions; reserved but unused positions make it an upper bound until caught up. */
    record ProjectionStatus(String name, boolean running, Long position, long head, Long lag, boolean caughtUp,
                            boolean rebuilding, Progress rebuild) {
    }

    private final EventProcessingConfiguration processing;
    private final CommitLogEventStorageEngine engine;
    private final Clock clock;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionAdminController(EventProcessingConfiguration processing, CommitLogEventStorageEngine engine, Clock clock) {
        this.processing = processing;
        this.engine = engine;
        this.clock = clock;
    }

    @Operation(operationId = "listProjections", summary = "List the projections and their lag",
            description = "Every projection's position, its lag behind the head of the event log, and a rebuild's progress.")
    @GetMapping("/api/admin/projections")
    List<ProjectionStatus> projections() {
        long head = engine.headPosition();
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder())
                .map(name -> status(name, head)).toList();
    }

    @Operation(operationId = "rebuildProjection", summary = "Rebuild a projection", description = """
            Resets the projection and replays the event log into it in the background; the listing and the log show \
            progress, rate and time left.""")
    @ApiResponse(responseCode = "202", description = "The rebuild started")
    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        TrackingEventProcessor processor = processor(name);
        long head = engine.headPosition();
        processor.shutDown();
        processor.resetTokens();
        rebuilds.put(name, new Rebuild(clock.instant(), head + 1));
        processor.start();
        log.info("Rebuild of projection {} started: {} positions to replay", name, head + 1);
        return ResponseEntity.accepted().body(status(name, head));
    }

    /** Progress goes to the log as well, for operators who watch logs rather than endpoints. */
    void logProgress() {
        long head = engine.headPosition();
        rebuilds.keySet().forEach(name -> {
            ProjectionStatus status = status(name, head);
            if (status.rebuild() != null) {
                Progress p = status.rebuild();
                log.info("Rebuild of {}: {} of {} positions, {} events/s, about {} s left", name, p.processed(), p.total(),
                        Math.round(p.eventsPerSecond()), p.secondsLeft());
            }
        });
    }

    private ProjectionStatus status(String name, long head) {
        TrackingEventProcessor processor = processor(name);
        Long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .min(Comparator.naturalOrder()).orElse(null);
        boolean replaying = processor.isReplaying();
        boolean caughtUp = !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        Rebuild rebuild = rebuilds.get(name);
        Progress progress = null;
        if (rebuild != null) {
            long processed = position == null ? 0 : Math.min(position + 1, rebuild.total());
            double seconds = Math.max(0.001, Duration.between(rebuild.startedAt(), clock.instant()).toMillis() / 1000.0);
            double rate = processed / seconds;
            Long left = rate > 0 ? Math.round((rebuild.total() - processed) / rate) : null;
            progress = new Progress(processed, rebuild.total(), rate, left);
            if (caughtUp && !replaying) {
                rebuilds.remove(name);
                log.info("Rebuild of projection {} finished: {} positions in {} s", name, processed, Math.round(seconds));
            }
        }
        Long lag = caughtUp ? Long.valueOf(0) : position == null ? null : Math.max(0, head - position);
        return new ProjectionStatus(name, processor.isRunning(), position, head, lag, caughtUp, rebuilds.containsKey(name),
                progress);
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No projection '" + name + "'"));
    }
}
