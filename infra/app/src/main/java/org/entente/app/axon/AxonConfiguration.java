package org.entente.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.entente.command.arrangement.Arrangement;
import org.entente.app.audit.AuditChain;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoreFormatGuard;
import org.entente.app.mongo.QueryIndexes;
import org.entente.app.revisions.EventRevisions;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.check.CheckDocuments;
import org.entente.query.check.CheckProjection;
import org.entente.query.check.CheckQueries;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.contact.ContactQueries;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.ArrangementQueries;
import org.entente.query.arrangement.ArrangementTimeline;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.paper.PaperProjection;
import org.entente.query.paper.PaperQueries;
import org.entente.query.party.PartyLedger;
import org.entente.query.party.PartyLedgerProjection;
import org.entente.query.party.PartyQueries;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Axon without Axon Server: events (in Entente's own commit-log engine) and tracking tokens in
 * MongoDB, commands and queries on the local buses. MongoDB offers no transactions here, so Axon runs with {@link NoTransactionManager}; the
 * projections are written to be idempotent because of that.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonConfiguration {

    /**
     * Axon 4 serializes with Jackson 2, independently of the Jackson 3 that Spring MVC uses. Unknown
     * properties are ignored so an older build can still read events written by a newer one.
     */
    public static ObjectMapper messageObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return applicationSerializer();
    }

    /** Events, commands, queries and tokens all use this one. */
    public static Serializer applicationSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, database.getName()).build();
    }

    /**
     * Snapshots hold aggregates, whose state is in private fields without accessors; events and
     * tokens keep the default mapper.
     */
    public static Serializer snapshotSerializer() {
        ObjectMapper mapper = messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean(destroyMethod = "releaseReservedPositions")
    CommitLogEventStorageEngine eventStorageEngine(MongoDatabase database, Clock clock, QueryIndexes indexes,
                                                   EventStoreProperties properties) {
        StoreFormatGuard.refuseForeignFormat(database);
        return commitLogEngine(database, clock, properties.settings(indexes.createsQueryIndexes()));
    }

    /**
     * The event store as the application composes it: serializers, snapshot filter, upcasters. Tests
     * and the benchmark build theirs here too, so they exercise the same composition.
     */
    public static CommitLogEventStorageEngine commitLogEngine(MongoDatabase database, Clock clock,
                                                              CommitLogEventStorageEngine.Settings settings) {
        return CommitLogEventStorageEngine.create(database, applicationSerializer(), snapshotSerializer(),
                RevisionSnapshotFilter.builder().type(Arrangement.class).revision(revisionOf(Arrangement.class)).build(),
                EventRevisions.upcasters(), AuditChain.INSTANCE, clock, settings);
    }

    private static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /**
     * The node id is fixed per process rather than Axon's default of pid@host: a restarted process
     * with the same id reclaims its tokens at once instead of waiting for the old claim to time out.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer,
                          @Value("${entente.node-id}") String nodeId,
                          @Value("${entente.token-claim-timeout:PT10S}") Duration claimTimeout) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(nodeId)
                .claimTimeout(claimTimeout)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

    /**
     * The registry's today and now. The offset exists so that an operator or a test can run the
     * registry as if later (deadlines passing) without touching the machine's clock.
     */
    @Bean
    Clock registryClock(@Value("${entente.clock.offset:PT0S}") Duration offset) {
        return Clock.offset(Clock.systemUTC(), offset);
    }

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

    /**
     * Registers the aggregate, and makes a failing projection handler stop and retry its processor
     * instead of Axon's default of logging the error and moving on, which would silently lose the
     * event from the read model.
     * <p>
     * The most recently used arrangements stay loaded ({@code entente.event-store.aggregate-cache-size},
     * 0 turns it off), so a command on one of them skips reading its events. A stale entry cannot write
     * over newer events: its commit id is taken, the command fails as a concurrent modification (409)
     * and Axon evicts the entry. With several instances writing the same arrangements that first
     * failure is visible.
     */
    @Bean
    ConfigurerModule ententeAxonModule(AggregateFactory<Arrangement> arrangementFactory,
                                       @Value("${entente.event-store.snapshot-threshold:100}") int snapshotThreshold,
                                       @Value("${entente.event-store.aggregate-cache-size:1000}") int aggregateCacheSize) {
        return configurer -> {
            AggregateConfigurer<Arrangement> arrangements = AggregateConfigurer.defaultConfiguration(Arrangement.class)
                    .configureAggregateFactory(c -> arrangementFactory)
                    .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotThreshold));
            if (aggregateCacheSize > 0) {
                arrangements.configureCache(c -> new LeastRecentlyUsedCache(aggregateCacheSize));
            }
            configurer.configureAggregate(arrangements);
            configurer.eventProcessing()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        };
    }

    @Bean
    ArrangementProjection arrangementProjection(ArrangementDocuments documents) {
        return new ArrangementProjection(documents);
    }

    @Bean
    PartyLedgerProjection partyLedgerProjection(PartyLedger ledger) {
        return new PartyLedgerProjection(ledger);
    }

    @Bean
    ArrangementQueries arrangementQueries(ArrangementDocuments documents, Clock clock) {
        return new ArrangementQueries(documents, clock);
    }

    @Bean
    ArrangementTimeline arrangementTimeline(EventStore eventStore, Clock clock) {
        return new ArrangementTimeline(eventStore, clock);
    }

    @Bean
    PaperProjection paperProjection(PaperDocuments documents) {
        return new PaperProjection(documents);
    }

    @Bean
    PaperQueries paperQueries(PaperDocuments documents) {
        return new PaperQueries(documents);
    }

    @Bean
    CheckProjection checkProjection(CheckDocuments documents) {
        return new CheckProjection(documents);
    }

    @Bean
    CheckQueries checkQueries(CheckDocuments documents) {
        return new CheckQueries(documents);
    }

    @Bean
    ContactDirectoryProjection contactDirectoryProjection(ContactDocuments documents) {
        return new ContactDirectoryProjection(documents);
    }

    @Bean
    ContactQueries contactQueries(ContactDocuments documents, Clock clock,
                                  @Value("${entente.checks.verified-for:30d}") Duration verifiedFor) {
        return new ContactQueries(documents, clock, verifiedFor);
    }

    @Bean
    PartyQueries partyQueries(PartyLedger ledger, ArrangementDocuments documents, Clock clock) {
        return new PartyQueries(ledger, documents, clock);
    }
}
