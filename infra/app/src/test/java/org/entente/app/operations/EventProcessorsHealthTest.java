package org.entente.app.operations;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Readiness goes down while a projection is stuck on an event it cannot fold, naming it and the cause. */
class EventProcessorsHealthTest {

    record Noted(String text) {
    }

    @ProcessingGroup("healthy")
    static class Healthy {
        @EventHandler
        void on(Noted noted) {
        }
    }

    @ProcessingGroup("stuck")
    static class Stuck {
        @EventHandler
        void on(Noted noted) {
            if (noted.text().equals("unfoldable")) {
                throw new IllegalStateException("cannot fold " + noted.text());
            }
        }
    }

    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void the_projections_are_up_while_they_fold_and_down_while_one_is_stuck_on_an_event() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing.usingTrackingEventProcessors()
                        .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing())
                        .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerEventHandler(c -> new Healthy())
                        .registerEventHandler(c -> new Stuck()))
                .start();
        EventProcessorsHealth health = new EventProcessorsHealth(axon.eventProcessingConfiguration());
        axon.eventBus().publish(GenericEventMessage.asEventMessage(new Noted("foldable")));

        await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus().equals(Status.UP));

        axon.eventBus().publish(GenericEventMessage.asEventMessage(new Noted("unfoldable")));

        await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus().equals(Status.DOWN));
        Health down = health.health();
        assertThat(down.getDetails().get("healthy")).isInstanceOfSatisfying(Map.class, h -> assertThat(h.get("error")).isEqualTo(false));
        assertThat(down.getDetails().get("stuck")).isInstanceOfSatisfying(Map.class, s -> {
            assertThat(s.get("error")).isEqualTo(true);
            assertThat(String.valueOf(s.get("cause"))).contains("cannot fold unfoldable");
        });
    }
}
