package org.entente.app.check;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.entente.app.EntenteProperties;
import org.entente.app.axon.AggregateCache;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.check.CheckInitiation;
import org.entente.command.check.CommunicationCheck;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.query.check.CheckDocuments;
import org.entente.query.check.CheckProjection;
import org.entente.query.check.CheckQueries;
import org.entente.query.contact.ContactDirectoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.time.Clock;
import java.util.List;

/**
 * Communication checks: their aggregate and its start, their documents, projection and queries, the
 * sweeper that fails checks nobody answered in time, and the move of checks out of arrangement streams
 * in stores written before they had streams of their own.
 */
@Configuration(proxyBeanMethods = false)
class CheckConfiguration {

    @Bean
    ConfigurerModule checkAggregate(EntenteProperties properties, Clock clock) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CommunicationCheck.class)
                        .configureCache(c -> AggregateCache.sized(properties.eventStore())))
                .registerCommandHandler(c -> new CheckInitiation(c.repository(Arrangement.class),
                        c.repository(CommunicationCheck.class), clock));
    }

    @Bean
    CheckDocuments checkDocuments(ReadModelCollections collections) {
        return new MongoCheckDocuments(collections);
    }

    @Bean
    CheckProjection checkProjection(CheckDocuments documents) {
        return new CheckProjection(documents);
    }

    @Bean
    CheckQueries checkQueries(CheckDocuments documents) {
        return new CheckQueries(documents);
    }

    /** Reads pending checks from the stored read model on every sweep, so a deadline survives restarts. */
    @Bean
    SchedulingConfigurer checkSweeper(CheckDocuments documents, CommandGateway commands, Clock clock,
                                      EntenteProperties properties) {
        CheckSweeper sweeper = new CheckSweeper(documents, commands, clock);
        return registrar -> registrar.addFixedDelayTask(sweeper::sweep, properties.checks().sweepInterval());
    }

    /**
     * Runs before commands are handled and before projections follow the log. When checks were copied out of
     * arrangement streams, the two projections that fold check events are rebuilt, so they hold each check
     * once, keyed by its own stream.
     */
    @Bean
    ConfigurerModule legacyCheckStreams(MongoDatabase database, CommitLogEventStorageEngine engine, Serializer serializer,
                                        Clock clock) {
        LegacyCheckStreams migration = new LegacyCheckStreams(database, engine, serializer, clock);
        return configurer -> configurer.onInitialize(axon -> axon.onStart(Phase.OUTBOUND_EVENT_CONNECTORS - 1, () -> {
            if (migration.isDone()) {
                return;
            }
            int checks = migration.copyIntoOwnStreams();
            if (checks > 0) {
                for (String group : List.of(CheckProjection.PROCESSING_GROUP, ContactDirectoryProjection.PROCESSING_GROUP)) {
                    axon.eventProcessingConfiguration().eventProcessor(group, TrackingEventProcessor.class)
                            .ifPresent(TrackingEventProcessor::resetTokens);
                }
            }
            migration.recordDone(checks);
        }));
    }
}
