package org.entente.app.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.command.arrangement.Arrangement;
import org.entente.app.audit.AuditChain;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.verify.ChainVerifier;
import org.entente.app.mongo.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the registry on one database, each caching the aggregates it loaded: a command
 * decided on a stale cached aggregate cannot store, its retry decides on the stored events, and the
 * hash chain stays whole.
 */
class AggregateCacheTest {

    private static final String ARRANGEMENT = "us-ru-cyber-cbm-2011";
    private static final Serializer SERIALIZER = AxonConfiguration.applicationSerializer();

    private TestMongo mongo;
    private CommitLogEventStorageEngine engineA;
    private Configuration instanceA;
    private Configuration instanceB;

    @BeforeEach
    void start() {
        mongo = TestMongo.start(false);
        engineA = engine();
        instanceA = instance(engineA);
        instanceB = instance(engine());
    }

    @AfterEach
    void stop() {
        instanceA.shutdown();
        instanceB.shutdown();
        mongo.close();
    }

    @Test
    void a_command_on_a_stale_cached_aggregate_conflicts_and_its_retry_succeeds() {
        CommandGateway a = instanceA.commandGateway();
        CommandGateway b = instanceB.commandGateway();
        assertThat(a.<Long>sendAndWait(record())).isEqualTo(1L);
        assertThat(b.<Long>sendAndWait(addCommitment("from-b"))).as("B reads the stored events").isEqualTo(2L);

        assertThatThrownBy(() -> a.sendAndWait(addCommitment("from-a")))
                .as("A's cached aggregate does not know B's commitment")
                .isInstanceOf(ConcurrencyException.class);
        assertThat(a.<Long>sendAndWait(addCommitment("from-a"))).as("the retry loads what is stored").isEqualTo(3L);

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engineA.storedEventsOf(ARRANGEMENT)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(3);
    }

    @Test
    void a_cached_aggregate_decides_on_its_own_writes() {
        CommandGateway a = instanceA.commandGateway();
        a.sendAndWait(record());
        for (int i = 0; i < 5; i++) {
            assertThat(a.<Long>sendAndWait(addCommitment("c" + i))).isEqualTo(i + 2L);
        }

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engineA.storedEventsOf(ARRANGEMENT)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(6);
    }

    private CommitLogEventStorageEngine engine() {
        return AxonConfiguration.commitLogEngine(mongo.database(), Clock.systemUTC(), CommitLogEventStorageEngine.Settings.defaults());
    }

    private static Configuration instance(CommitLogEventStorageEngine engine) {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureMessageSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .configureTransactionManager(c -> NoTransactionManager.INSTANCE)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Arrangement.class)
                        .configureCache(c -> new LeastRecentlyUsedCache(1_000)))
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    private static RecordArrangement record() {
        return new RecordArrangement(ARRANGEMENT, "Joint statement", Instrument.JOINT_STATEMENT, List.of("USA", "RUS"),
                null, LocalDate.of(2011, 6, 23), null);
    }

    private static AddCommitment addCommitment(String id) {
        return new AddCommitment(ARRANGEMENT, id, "Commitment " + id, CommitmentCategory.OTHER, List.of("USA"), null, null);
    }
}
