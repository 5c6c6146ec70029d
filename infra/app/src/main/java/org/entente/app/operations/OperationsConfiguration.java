package org.entente.app.operations;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.mongo.ReadModelShape;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.query.contact.ContactDocuments;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Running the registry: a rebuild in progress reports to the log at the configured interval; readiness
 * covers the database and the projections; one line at start-up says what runs where.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    Projections projections(EventProcessingConfiguration processing, CommitLogEventStorageEngine engine,
                            ReadModelCollections collections, HandledEvents handled, Clock clock) {
        return new Projections(processing, engine, collections, handled, clock);
    }

    @Bean
    HandledPositions handledPositions(EventProcessingConfiguration processing, ReadModelCollections collections) {
        return new HandledPositions(processing, collections);
    }

    @Bean
    HandledEvents handledEvents(Clock clock) {
        return new HandledEvents(clock);
    }

    /** Notes, for every projection, when it last handled an event. */
    @Bean
    ConfigurerModule projectionHandlingNoted(HandledEvents handled) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((c, name) -> handled.notedFor(name));
    }

    /**
     * A running rebuild logs its progress at the configured interval; rebuilds that have caught up are switched
     * to, and generations readers left are dropped, at the generation check interval.
     */
    @Bean
    SchedulingConfigurer rebuildProgressLog(Projections projections, ReadModelShapes shapes, EntenteProperties properties) {
        return registrar -> {
            registrar.addFixedDelayTask(projections::logProgress, properties.projections().progressLogInterval());
            registrar.addFixedDelayTask(() -> {
                projections.settleRebuilds();
                shapes.recordFinishedUpgrades();
            }, properties.projections().generationCheckInterval());
        };
    }

    @Bean
    ReadModelShapes readModelShapes(List<ReadModelShape> wanted, MongoDatabase database, Projections projections,
                                    EventProcessingConfiguration processing, ReadModelCollections collections,
                                    CommitLogEventStorageEngine engine) {
        return new ReadModelShapes(wanted, database, projections, processing, collections, engine);
    }

    /** Once the projections run: a read model stored in an older shape than this build's is rebuilt. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> readModelShapesUpgrade(ReadModelShapes shapes) {
        return event -> shapes.upgrade();
    }

    @Bean
    ProjectionMetrics projectionMetrics(Projections projections) {
        return new ProjectionMetrics(projections, Duration.ofMillis(500));
    }

    @Bean
    RegistryFigures registryFigures(QueryGateway queries, ContactDocuments contacts, Clock clock, EntenteProperties properties) {
        return new RegistryFigures(queries, contacts, clock, properties.checks().verifiedFor());
    }

    @Bean
    SchedulingConfigurer registryFiguresRefresh(RegistryFigures figures, EntenteProperties properties) {
        return registrar -> registrar.addFixedDelayTask(figures::refresh, properties.operations().figuresRefreshInterval());
    }

    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoHealth(database);
    }

    @Bean
    HealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealth(processing);
    }

    @Bean
    ActuatorProblems actuatorProblems() {
        return new ActuatorProblems();
    }

    @Bean
    StartupLine startupLine(EntenteProperties properties, Optional<BuildProperties> build) {
        return new StartupLine(properties, build);
    }
}
