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
import org.entente.api.arrangement.ArrangementPage;
import org.entente.app.EntenteProperties;
import org.entente.app.axon.AggregateCache;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.mongo.ReadModelShape;
import org.entente.app.web.CsvTable;
import org.entente.command.arrangement.Arrangement;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementIndex;
import org.entente.query.arrangement.ArrangementListing;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.ArrangementQueries;
import org.entente.query.arrangement.ArrangementSearch;
import org.entente.query.arrangement.ArrangementTimeline;
import org.entente.query.arrangement.IndexedArrangementDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Arrays;
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

    /** The stored documents, with every read model derived from them kept in step (the lists and the search below, the commitment buckets, the dashboard's). */
    @Bean
    ArrangementDocuments arrangementDocuments(ReadModelCollections collections, List<ArrangementIndex> derived) {
        return new IndexedArrangementDocuments(new MongoArrangementDocuments(collections), derived);
    }

    /**
     * Shape 2: documents know the day their arrangement took effect, and the lists, the search keys and the
     * commitment buckets are derived beside them. Shape 3: the commitment tallies tell a fulfilment after the due date
     * from one in time, and the dashboard's months of milestones, drifting deadlines and party directory are derived
     * beside them too.
     */
    @Bean
    ReadModelShape arrangementViewsShape() {
        return new ReadModelShape(ArrangementProjection.PROCESSING_GROUP, 3);
    }

    @Bean
    ArrangementListing arrangementListing(ReadModelCollections collections) {
        return new ArrangementListing(new MongoArrangementListings(collections));
    }

    @Bean
    ArrangementSearch arrangementSearch(ReadModelCollections collections) {
        return new ArrangementSearch(new MongoSearchTokens(collections));
    }

    @Bean
    CsvTable<ArrangementPage> arrangementsAsCsv() {
        return CsvTable.of(ArrangementPage.class, List.of("id", "title", "instrument", "kind", "parties", "status",
                        "concludedOn", "open", "inProgress", "fulfilled", "withdrawn", "overdue", "version"),
                page -> page.items().stream().map(a -> Arrays.<Object>asList(a.id(), a.title(), a.instrument(), a.kind(), a.parties(),
                        a.status(), a.concludedOn(), a.counts().open(), a.counts().inProgress(),
                        a.counts().fulfilled(), a.counts().withdrawn(), a.counts().overdue(), a.version())).toList());
    }

    @Bean
    ArrangementProjection arrangementProjection(ArrangementDocuments documents) {
        return new ArrangementProjection(documents);
    }

    @Bean
    ArrangementQueries arrangementQueries(ArrangementDocuments documents, ArrangementListing listing, ArrangementSearch search,
                                          Clock clock) {
        return new ArrangementQueries(documents, listing, search, clock);
    }

    @Bean
    ArrangementTimeline arrangementTimeline(EventStore eventStore, Clock clock) {
        return new ArrangementTimeline(eventStore, clock);
    }
}
