package org.entente.app.check;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.check.FindCheckQuery;
import org.entente.api.contact.ContactDirectory;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Acting;
import org.entente.app.audit.AuditChain;
import org.entente.app.testing.FreshEmbeddedStore;
import org.entente.app.testing.StartedApplication;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StoredEntry;
import org.entente.verify.ChainVerifier;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written before checks had streams of their own holds check events inside the arrangement's
 * stream. Started on such a store, the registry copies every check into a stream of its own once, leaves
 * the stored events as they are, and goes on serving those checks by their ids. Each start here is the
 * application itself on one data file, as an operator upgrading would run it.
 */
class LegacyCheckStreamsTest {

    private static final String ANSWERED = UsRussia2011.ID + ":answered";
    private static final String PENDING = UsRussia2011.ID + ":pending";
    private static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");
    private static final CheckTerms ANSWERED_CHECK = usaChecksRussiasCert(ANSWERED);
    private static final CheckTerms PENDING_CHECK = usaChecksRussiasCert(PENDING);

    private final Path dataFile = FreshEmbeddedStore.newDataFile("entente-legacy");

    @Test
    void every_check_is_copied_into_its_own_stream_once_and_the_arrangement_keeps_its_history() {
        List<StoredEntry> before = writtenByAnEarlierVersion();

        try (StartedApplication upgraded = start()) {
            CommitLogEventStorageEngine engine = upgraded.bean(CommitLogEventStorageEngine.class);
            assertThat(engine.storedEventsOf(UsRussia2011.ID)).as("the stored events are untouched").isEqualTo(before);
            assertThat(ChainVerifier.verify(AuditChain.asStoredEvents(before), null).verified()).isTrue();
            List<StoredEntry> copied = engine.storedEventsOf(ANSWERED);
            assertThat(copied).extracting(StoredEntry::type).containsExactly(CommunicationCheckInitiated.class.getName(),
                    CommunicationCheckAnswered.class.getName());
            assertThat(copied.get(1).metaData()).contains("\"copiedFrom\":\"" + UsRussia2011.ID + "#3\"", before.get(3).hash());
            assertThat(ChainVerifier.verify(AuditChain.asStoredEvents(copied), null).verified()).isTrue();
            assertThat(upgraded.bean(MongoDatabase.class).getCollection(LegacyCheckStreams.COLLECTION)
                    .find(Filters.eq("_id", LegacyCheckStreams.MIGRATION)).first()).containsEntry("checks", 2);
        }
        try (StartedApplication restarted = start()) {
            assertThat(restarted.bean(CommitLogEventStorageEngine.class).storedEventsOf(PENDING)).as("copied once").hasSize(1);
        }
    }

    @Test
    void a_copied_check_is_read_by_its_id_and_a_pending_one_can_still_be_answered() {
        writtenByAnEarlierVersion();

        try (StartedApplication upgraded = start()) {
            QueryGateway queries = upgraded.bean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> check(queries, PENDING).isPresent());
            assertThat(check(queries, ANSWERED).orElseThrow().status()).isEqualTo(CheckStatus.ANSWERED);

            long version = upgraded.bean(CommandGateway.class).sendAndWait(GenericCommandMessage
                    .asCommandMessage(new AnswerCommunicationCheck(PENDING, STARTED.plusSeconds(90)))
                    .andMetaData(Map.of(Acting.PARTY, "RUS")));

            assertThat(version).isEqualTo(2L);
            await().atMost(Duration.ofSeconds(20)).until(() -> check(queries, PENDING).orElseThrow().status() == CheckStatus.ANSWERED);
            // The directory folds the answer in a projection of its own, which may come after the checks' view.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queries
                    .query(new FindContactsQuery(null, null, UsRussia2011.ID, null, null), ResponseTypes.instanceOf(ContactDirectory.class))
                    .join().items()).singleElement()
                    .satisfies(contact -> assertThat(contact.lastResponseTime()).isEqualTo(Duration.ofSeconds(90))));
        }
    }

    /** An arrangement stream as an earlier version wrote it: the recording, a contact, and two checks of it. */
    private List<StoredEntry> writtenByAnEarlierVersion() {
        try (StartedApplication earlier = start()) {
            CommitLogEventStorageEngine engine = earlier.bean(CommitLogEventStorageEngine.class);
            append(engine, 0, UsRussia2011.recorded());
            append(engine, 1, UsRussia2011.RUS_CERT.designatedUnder(UsRussia2011.ID));
            append(engine, 2, ANSWERED_CHECK.initiated());
            append(engine, 3, ANSWERED_CHECK.answer(STARTED.plusSeconds(42)));
            append(engine, 4, PENDING_CHECK.initiated());
            // An earlier version had no record of moving checks: the store looks as if it never happened.
            earlier.bean(MongoDatabase.class).getCollection(LegacyCheckStreams.COLLECTION).deleteMany(new Document());
            return engine.storedEventsOf(UsRussia2011.ID);
        }
    }

    /** The United States checks Russia's CERT, with a month to answer. */
    private static CheckTerms usaChecksRussiasCert(String checkId) {
        return new CheckTerms(checkId, UsRussia2011.ID, UsRussia2011.RUS_CERT.id(), "USA", "RUS", STARTED, STARTED.plus(Duration.ofDays(30)));
    }

    private static void append(CommitLogEventStorageEngine engine, long sequence, Object payload) {
        engine.appendEvents(new GenericDomainEventMessage<>("Arrangement", UsRussia2011.ID, sequence, payload,
                MetaData.with("recorder", "registry-operator"), UUID.randomUUID().toString(), STARTED.plusSeconds(sequence)));
    }

    private static Optional<CheckView> check(QueryGateway queries, String checkId) {
        return queries.query(new FindCheckQuery(checkId), ResponseTypes.optionalInstanceOf(CheckView.class)).join();
    }

    private StartedApplication start() {
        return StartedApplication.onEmbeddedStore(dataFile, "--spring.main.web-application-type=none");
    }
}
