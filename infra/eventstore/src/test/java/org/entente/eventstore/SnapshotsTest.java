package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.entente.eventstore.EngineFixture.Noted;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.eventstore.EngineFixture.events;

/** One snapshot per aggregate, the newest. */
class SnapshotsTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();
    private final CommitLogEventStorageEngine engine = store.engine();

    @Test
    void the_newest_snapshot_is_kept_and_read_back() {
        engine.appendEvents(events("snap", 0, 10));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "snap", 9, new Noted("state", 9)));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "snap", 4, new Noted("older state", 4)));

        DomainEventMessage<?> snapshot = engine.readSnapshot("snap").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(9);
        assertThat(snapshot.getPayload()).isEqualTo(new Noted("state", 9));
        assertThat(engine.readSnapshot("none")).isEmpty();
    }

    @Test
    void an_event_store_loads_an_aggregate_from_its_snapshot_and_the_events_after_it_even_inside_a_commit() {
        engine.appendEvents(events("snap", 0, 6));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "snap", 3, new Noted("state", 3)));
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();

        try {
            assertThat(eventStore.readEvents("snap").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .as("the snapshot, then the rest of the commit it was taken inside of")
                    .containsExactly(3L, 4L, 5L);
        } finally {
            eventStore.shutDown();
        }
    }
}
