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
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.QueryIndexes;
import org.entente.eventstore.AppendObserver;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoreFormatGuard;
import org.entente.eventstore.StreamChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Axon without Axon Server: events in Entente's commit-log engine and tracking tokens in MongoDB,
 * commands and queries on the local buses. MongoDB offers no transactions here, so Axon runs with
 * {@link NoTransactionManager} and the projections are idempotent. What is particular to a feature (its
 * aggregate, its projections, its snapshot filter, its upcasters) is configured in that feature's
 * package; this is what they share.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Axon 4 serializes with Jackson 2, independently of the Jackson 3 that Spring MVC uses. Unknown
     * properties are ignored so an older build can still read events written by a newer one.
     */
    static ObjectMapper messageObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Events, commands, queries and tokens all use this one. */
    @Bean
    @Primary
    Serializer serializer() {
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

    /**
     * Snapshots hold aggregates, whose state is in private fields without accessors; events and
     * tokens keep the default mapper.
     */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        ObjectMapper mapper = messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /**
     * Axon's local command bus as its Spring Boot configuration builds it, but reporting a commit that lost
     * a race as a refusal ({@link ConflictReportingCommandBus}).
     */
    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactionManager, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus bus = new ConflictReportingCommandBus(SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
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
     * The event store: snapshot filters and upcasters come from the features that own the aggregates and
     * events, the hash chain from the audit feature; features that want to hear of appends at once (live
     * updates) offer an {@link AppendObserver}, told after the metrics.
     */
    @Bean(destroyMethod = "releaseReservedPositions")
    CommitLogEventStorageEngine eventStorageEngine(MongoDatabase database, Clock clock, QueryIndexes indexes,
                                                   EntenteProperties properties, Serializer serializer,
                                                   @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                   StreamChain chain, List<SnapshotFilter> snapshotFilters,
                                                   List<EventUpcaster> upcasters, MeterRegistry meters,
                                                   List<AppendObserver> observers) {
        StoreFormatGuard.refuseForeignFormat(database);
        return CommitLogEventStorageEngine.builder()
                .database(database)
                .chain(chain)
                .clock(clock)
                .settings(properties.eventStore().settings(indexes.createsQueryIndexes()))
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .snapshotFilter(snapshotFilters.stream().reduce(SnapshotFilter.allowAll(), SnapshotFilter::combine))
                .upcasterChain(new EventUpcasterChain(upcasters))
                .appendObserver(allOf(new EventStoreMetrics(meters), observers))
                .build();
    }

    private static AppendObserver allOf(AppendObserver first, List<AppendObserver> more) {
        List<AppendObserver> all = new ArrayList<>(List.of(first));
        all.addAll(more);
        return (outcome, events, took) -> all.forEach(observer -> observer.appended(outcome, events, took));
    }

    /**
     * The node id is fixed per process rather than Axon's default of pid@host: a restarted process
     * with the same id reclaims its tokens at once instead of waiting for the old claim to time out.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer, EntenteProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(properties.nodeId())
                .claimTimeout(properties.projections().tokenClaimTimeout())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

    /**
     * The registry's today and now. The offset exists so that an operator or a test can run the
     * registry as if later (deadlines passing) without touching the machine's clock.
     */
    @Bean
    Clock registryClock(EntenteProperties properties) {
        return Clock.offset(Clock.systemUTC(), properties.clock().offset());
    }

    /**
     * Every projection is a tracking processor reading batches; a failing handler stops and retries its
     * processor instead of Axon's default of logging the error and moving on, which would silently lose
     * the event from the read model. Refusals travel in command results as details.
     */
    @Bean
    ConfigurerModule processingAndRefusals(EntenteProperties properties) {
        return configurer -> {
            configurer.eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(properties.projections().batchSize()))
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerDefaultHandlerInterceptor((c, processor) -> new ReadModelFolding(processor));
            configurer.onInitialize(axon -> axon.onStart(() -> axon.commandBus().registerHandlerInterceptor(new CommandRefusals())));
        };
    }
}
