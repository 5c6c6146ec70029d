package org.entente.app.arrangement;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Revision;
import org.entente.app.EntenteProperties;
import org.entente.app.axon.AggregateCache;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.command.arrangement.Arrangement;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.ArrangementQueries;
import org.entente.query.arrangement.ArrangementTimeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The arrangement: its aggregate with snapshots and cache, its view, its queries and its past. */
@Configuration(proxyBeanMethods = false)
class ArrangementConfiguration {

    /**
     * A bean, because Axon's Spring snapshotter finds the factories of the aggregates it may snapshot
     * among the beans. Inspecting the aggregate needs every handler parameter resolvable, hence the clock.
     */
    @Bean
    AggregateFactory<Arrangement> arrangementFactory(Clock clock) {
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Arrangement.class),
                new SimpleResourceParameterResolverFactory(List.of(clock)));
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Arrangement.class, resolvers));
    }

    /** A snapshot of another shape than the aggregate's current revision is ignored, not misread. */
    @Bean
    SnapshotFilter arrangementSnapshots() {
        return RevisionSnapshotFilter.builder().type(Arrangement.class)
                .revision(Arrangement.class.getAnnotation(Revision.class).value()).build();
    }

    @Bean
    ConfigurerModule arrangementAggregate(AggregateFactory<Arrangement> factory, EntenteProperties properties) {
        EntenteProperties.EventStore settings = properties.eventStore();
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Arrangement.class)
                .configureAggregateFactory(c -> factory)
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), settings.snapshotThreshold()))
                .configureCache(c -> AggregateCache.sized(settings)));
    }

    @Bean
    ArrangementDocuments arrangementDocuments(ReadModelCollections collections) {
        return new MongoArrangementDocuments(collections);
    }

    @Bean
    ArrangementProjection arrangementProjection(ArrangementDocuments documents) {
        return new ArrangementProjection(documents);
    }

    @Bean
    ArrangementQueries arrangementQueries(ArrangementDocuments documents, Clock clock) {
        return new ArrangementQueries(documents, clock);
    }

    @Bean
    ArrangementTimeline arrangementTimeline(EventStore eventStore, Clock clock) {
        return new ArrangementTimeline(eventStore, clock);
    }
}
