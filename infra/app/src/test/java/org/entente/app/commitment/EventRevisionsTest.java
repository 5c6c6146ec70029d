package org.entente.app.commitment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored under revision 1, before their records grew a field, are read as the current record
 * through the application's event store. The stored documents are rewritten to their revision 1 form
 * with the driver, as a store written by an older version holds them.
 */
@EntenteApplicationTest
class EventRevisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AGREED_ON = LocalDate.of(2011, 7, 15);
    private static final LocalDate MOVE_IN_EFFECT = LocalDate.of(2012, 3, 15);

    @Autowired
    CommitLogEventStorageEngine engine;

    @Autowired
    MongoDatabase database;

    private String arrangement;

    @BeforeEach
    void recordTheArrangement() {
        arrangement = Unique.id(UsRussia2011.ID);
        store(0, UsRussia2011.recordedAs(arrangement), "2011-07-18T09:30:00Z");
    }

    @Test
    void a_revision_1_commitment_is_read_as_agreed_with_its_arrangement() throws Exception {
        store(1, added(), "2011-07-18T09:31:00Z");
        rewriteAsRevision1(1, "agreedOn");

        CommitmentAdded read = (CommitmentAdded) readBack(1).getPayload();

        assertThat(read.agreedOn()).isNull();
        assertThat(read.dueBy()).isEqualTo(UsRussia2011.YEAR_END);
        assertThat(read.owedBy()).containsExactlyElementsOf(UsRussia2011.PARTIES);
    }

    @Test
    void a_revision_1_deadline_move_takes_effect_on_the_day_it_was_recorded() throws Exception {
        store(1, added(), "2011-07-18T09:31:00Z");
        store(2, moved(), "2012-04-10T23:30:00Z");
        rewriteAsRevision1(2, "effectiveOn");

        CommitmentDeadlineMoved read = (CommitmentDeadlineMoved) readBack(2).getPayload();

        assertThat(read.effectiveOn()).isEqualTo(LocalDate.of(2012, 4, 10));
        assertThat(read.dueBy()).isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE);
        assertThat(read.previousDueBy()).isEqualTo(UsRussia2011.YEAR_END);
    }

    @Test
    void a_current_revision_is_read_as_stored() {
        store(1, added(), "2011-07-18T09:31:00Z");
        store(2, moved(), "2012-04-10T23:30:00Z");

        DomainEventMessage<?> read = readBack(2);

        assertThat(((CommitmentDeadlineMoved) read.getPayload()).effectiveOn()).isEqualTo(MOVE_IN_EFFECT);
        assertThat(storedRevision(2)).isEqualTo("2");
    }

    private CommitmentAdded added() {
        return UsRussia2011.CERT_EXCHANGE.addedTo(arrangement, AGREED_ON);
    }

    private CommitmentDeadlineMoved moved() {
        return new CommitmentDeadlineMoved(arrangement, UsRussia2011.CERT_EXCHANGE.id(), UsRussia2011.YEAR_END,
                UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE, "CERT-to-CERT arrangement awaits signature", MOVE_IN_EFFECT);
    }

    /** A stream the projections can fold: the recording first, then the events under test. */
    private void store(long sequence, Object payload, String recordedAt) {
        engine.appendEvents(new GenericDomainEventMessage<>("Arrangement", arrangement, sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), Instant.parse(recordedAt)));
    }

    /** Removes the field revision 2 added and labels the stored event revision 1. */
    private void rewriteAsRevision1(long sequence, String addedField) throws Exception {
        Document event = storedEvent(sequence);
        ObjectNode payload = (ObjectNode) JSON.readTree(event.getString("payload"));
        assertThat(payload.has(addedField)).as("revision 2 stores " + addedField).isTrue();
        payload.remove(addedField);
        commits().updateOne(new Document("_id", arrangement + "@" + sequence), new Document("$set", new Document()
                .append("events.0.payloadRevision", "1")
                .append("events.0.payload", JSON.writeValueAsString(payload))));
        assertThat(storedRevision(sequence)).isEqualTo("1");
    }

    private String storedRevision(long sequence) {
        return storedEvent(sequence).getString("payloadRevision");
    }

    private Document storedEvent(long sequence) {
        return commits().find(new Document("_id", arrangement + "@" + sequence)).first().getList("events", Document.class).get(0);
    }

    private MongoCollection<Document> commits() {
        return database.getCollection("event_commits");
    }

    private DomainEventMessage<?> readBack(long sequence) {
        return engine.readEvents(arrangement, sequence).next();
    }
}
