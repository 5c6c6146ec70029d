package org.entente.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether the projections follow the event store: down when a projection has stopped or is stuck retrying
 * an event it cannot fold, since its readers then get answers that no longer move. Part of readiness.
 */
final class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        boolean up = true;
        Map<String, Object> details = new TreeMap<>();
        for (String name : processing.eventProcessors().keySet()) {
            TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class).orElse(null);
            if (processor == null) {
                continue;
            }
            boolean failing = processor.isError()
                    || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", processor.isRunning());
            status.put("error", failing);
            status.put("replaying", processor.isReplaying());
            processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                    .flatMap(s -> Optional.ofNullable(s.getError()))
                    .ifPresent(error -> status.put("cause", error.getClass().getSimpleName() + ": " + error.getMessage()));
            details.put(name, status);
            up &= processor.isRunning() && !failing;
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }
}
