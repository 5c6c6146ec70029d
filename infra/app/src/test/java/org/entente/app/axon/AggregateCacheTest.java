package org.entente.app.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.audit.AuditChain;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Unique;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.verify.ChainVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the registry on one database, each keeping the aggregates it loaded in its cache: a
 * command decided on a stale cached aggregate cannot store, its retry decides on the stored events, and the
 * hash chain stays whole. The second instance is the application itself, started a second time against the
 * first one's database, so both compose Axon exactly as production does.
 */
@EntenteApplicationTest
class AggregateCacheTest {

    private static StartedApplication secondInstance;

    @Autowired
    CommandGateway first;

    @Autowired
    CommitLogEventStorageEngine engine;

    @BeforeAll
    static void startSecondInstance(@Autowired MongoClient client, @Autowired MongoDatabase database) {
        String address = client.getClusterDescription().getClusterSettings().getHosts().get(0).toString();
        secondInstance = StartedApplication.onMongoDb("mongodb://" + address + "/" + database.getName(),
                "--entente.node-id=second", "--spring.main.web-application-type=none");
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void a_command_on_a_stale_cached_aggregate_conflicts_and_its_retry_succeeds() {
        String id = Unique.id(UsRussia2011.ID);
        CommandGateway second = secondInstance.bean(CommandGateway.class);
        assertThat(first.<Long>sendAndWait(UsRussia2011.recordAs(id))).isEqualTo(1L);
        assertThat(second.<Long>sendAndWait(addCommitment(id, "from-the-second"))).as("the second reads the stored events")
                .isEqualTo(2L);

        assertThatThrownBy(() -> first.sendAndWait(addCommitment(id, "from-the-first")))
                .as("the first's cached aggregate does not know the second's commitment")
                .isInstanceOf(ConcurrencyException.class);
        assertThat(first.<Long>sendAndWait(addCommitment(id, "from-the-first"))).as("the retry loads what is stored").isEqualTo(3L);

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engine.storedEventsOf(id)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(3);
    }

    @Test
    void a_cached_aggregate_decides_on_its_own_writes() {
        String id = Unique.id(UsRussia2011.ID);
        first.sendAndWait(UsRussia2011.recordAs(id));
        for (int i = 0; i < 5; i++) {
            assertThat(first.<Long>sendAndWait(addCommitment(id, "c" + i))).isEqualTo(i + 2L);
        }

        ChainVerifier.Verdict verdict = ChainVerifier.verify(AuditChain.asStoredEvents(engine.storedEventsOf(id)), null);
        assertThat(verdict.verified()).as(String.valueOf(verdict.reason())).isTrue();
        assertThat(verdict.events()).isEqualTo(6);
    }

    private static AddCommitment addCommitment(String arrangementId, String commitmentId) {
        return new AddCommitment(arrangementId, commitmentId, "Commitment " + commitmentId,
                UsRussia2011.CERT_EXCHANGE.category(), UsRussia2011.CERT_EXCHANGE.owedBy(), null, null);
    }
}
