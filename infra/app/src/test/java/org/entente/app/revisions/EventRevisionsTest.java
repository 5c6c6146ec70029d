package org.entente.app.revisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.app.axon.AxonConfiguration;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.app.mongo.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored under revision 1, before their records grew a field, are read as the current record
 * through the engine the application uses. The stored documents are rewritten to their revision 1
 * form with the driver, as a store written by an older release would hold them.
 */
class EventRevisionsTest {

    private static final String ARRANGEMENT = "us-ru-ict-2011";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestMongo mongo;
    private CommitLogEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = TestMongo.start(false);
        engine = AxonConfiguration.commitLogEngine(mongo.database(), Clock.systemUTC(), CommitLogEventStorageEngine.Settings.defaults());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_revision_1_commitment_is_read_as_agreed_with_its_arrangement() throws Exception {
        store(new CommitmentAdded(ARRANGEMENT, "military-views", "Exchange papers", CommitmentCategory.DOCTRINE_EXCHANGE,
                List.of("USA", "RUS"), LocalDate.of(2011, 12, 31), LocalDate.of(2011, 7, 15)), "2011-07-18T09:31:00Z");
        rewriteAsRevision1("agreedOn");

        CommitmentAdded read = (CommitmentAdded) readBack().getPayload();

        assertThat(read.agreedOn()).isNull();
        assertThat(read.dueBy()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(read.owedBy()).containsExactly("USA", "RUS");
    }

    @Test
    void a_revision_1_deadline_move_takes_effect_on_the_day_it_was_recorded() throws Exception {
        store(new CommitmentDeadlineMoved(ARRANGEMENT, "military-views", LocalDate.of(2011, 12, 31),
                LocalDate.of(2012, 6, 30), "Translation pending", LocalDate.of(2012, 3, 15)), "2012-04-10T23:30:00Z");
        rewriteAsRevision1("effectiveOn");

        CommitmentDeadlineMoved read = (CommitmentDeadlineMoved) readBack().getPayload();

        assertThat(read.effectiveOn()).isEqualTo(LocalDate.of(2012, 4, 10));
        assertThat(read.dueBy()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(read.previousDueBy()).isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void a_current_revision_is_read_as_stored() {
        store(new CommitmentDeadlineMoved(ARRANGEMENT, "military-views", LocalDate.of(2011, 12, 31),
                LocalDate.of(2012, 6, 30), "Translation pending", LocalDate.of(2012, 3, 15)), "2012-04-10T23:30:00Z");

        DomainEventMessage<?> read = readBack();

        assertThat(((CommitmentDeadlineMoved) read.getPayload()).effectiveOn()).isEqualTo(LocalDate.of(2012, 3, 15));
        assertThat(storedRevision()).isEqualTo("2");
    }

    private void store(Object payload, String recordedAt) {
        engine.appendEvents(new GenericDomainEventMessage<>("Arrangement", ARRANGEMENT, 0, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), Instant.parse(recordedAt)));
    }

    /** Removes the field revision 2 added and labels the stored event revision 1. */
    private void rewriteAsRevision1(String addedField) throws Exception {
        MongoCollection<Document> commits = mongo.database().getCollection("event_commits");
        Document commit = commits.find(new Document("_id", ARRANGEMENT + "@0")).first();
        Document event = commit.getList("events", Document.class).get(0);
        ObjectNode payload = (ObjectNode) JSON.readTree(event.getString("payload"));
        assertThat(payload.has(addedField)).as("revision 2 stores " + addedField).isTrue();
        payload.remove(addedField);
        commits.updateOne(new Document("_id", ARRANGEMENT + "@0"), new Document("$set", new Document()
                .append("events.0.payloadRevision", "1")
                .append("events.0.payload", JSON.writeValueAsString(payload))));
        assertThat(storedRevision()).isEqualTo("1");
    }

    private String storedRevision() {
        Document commit = mongo.database().getCollection("event_commits").find(new Document("_id", ARRANGEMENT + "@0")).first();
        return commit.getList("events", Document.class).get(0).getString("payloadRevision");
    }

    private DomainEventMessage<?> readBack() {
        return engine.readEvents(ARRANGEMENT, 0).next();
    }
}
