package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.entente.eventstore.EngineFixture.Noted;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.eventstore.EngineFixture.event;
import static org.entente.eventstore.EngineFixture.events;
import static org.entente.eventstore.EngineFixture.race;
import static org.entente.eventstore.EngineFixture.sequencesOf;

/** Writers that race for the same version, and what the loser leaves behind. */
class ConcurrencyTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();
    private final CommitLogEventStorageEngine engine = store.engine();

    @Test
    void two_writers_building_on_the_same_version_cannot_both_succeed() {
        engine.appendEvents(events("race", 0, 1));
        engine.appendEvents(List.of(event("race", 1)));

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("race", 1))))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("race");
        assertThat(engine.readEvents("race").asStream().count()).isEqualTo(2);
    }

    @Test
    void the_loser_of_a_race_to_create_an_aggregate_gets_a_version_conflict_as_well() {
        engine.appendEvents(events("new", 0, 1));

        assertThatThrownBy(() -> store.anotherEngine().appendEvents(events("new", 0, 2)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(sequencesOf(engine, "new", 0)).containsExactly(0L);
    }

    @Test
    void eight_threads_appending_to_one_aggregate_get_exactly_one_winner_per_version() throws Exception {
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();

        race(8, writer -> {
            for (int attempt = 0; attempt < 25; attempt++) {
                long next = engine.lastSequenceNumberFor("hot").map(s -> s + 1).orElse(0L);
                try {
                    engine.appendEvents(events("hot", next, 2));
                    wins.incrementAndGet();
                } catch (ConcurrencyException e) {
                    conflicts.incrementAndGet();
                }
            }
        });

        assertThat(wins.get() + conflicts.get()).isEqualTo(200);
        assertThat(conflicts.get()).as("some writers must have raced").isPositive();
        assertThat(sequencesOf(engine, "hot", 0)).as("gap-free, two events per winning commit, nothing partial")
                .containsExactlyElementsOf(LongStream.range(0, 2L * wins.get()).boxed().toList());
        assertThat(store.trackAll()).hasSize(2 * wins.get());
    }

    @Test
    void a_stream_written_by_two_processes_keeps_its_order_in_the_global_sequence() {
        CommitLogEventStorageEngine other = store.anotherEngine();
        engine.appendEvents(event("elsewhere", 0));
        other.appendEvents(event("shared", 0));

        // This process's block was reserved before the other stored the stream's first event, above it.
        engine.appendEvents(event("shared", 1));
        other.appendEvents(event("shared", 2));
        engine.appendEvents(event("shared", 3));

        assertThat(store.trackAll()).filteredOn(e -> ((Noted) e.getPayload()).stream().equals("shared"))
                .extracting(e -> ((Noted) e.getPayload()).n()).as("the stream's events in global order")
                .containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void a_losing_writer_fills_its_positions_so_trackers_do_not_wait_for_them() {
        engine.appendEvents(events("race", 0, 1));
        assertThatThrownBy(() -> engine.appendEvents(events("race", 0, 2))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(events("after", 0, 1));

        List<TrackedEventMessage<?>> tracked = store.trackAll();
        assertThat(tracked).hasSize(2);
        assertThat(((GapAwareTrackingToken) tracked.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void an_aggregate_named_after_the_position_index_still_gets_a_version_conflict() {
        engine.appendEvents(events("position", 0, 1));

        assertThatThrownBy(() -> engine.appendEvents(events("position", 0, 1)))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("position@0");
    }

    @Test
    void a_position_already_taken_is_a_store_error_never_a_version_conflict_or_an_overwrite() {
        store.commits().insertOne(new Document("_id", "intruder").append("position", 0L).append("count", 1));

        assertThatThrownBy(() -> engine.appendEvents(events("a", 0, 1)))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("position 0");
        assertThat(engine.readEvents("a").asStream()).isEmpty();
        assertThat(store.commits().find(new Document("position", 0L)).first()).containsEntry("_id", "intruder");
    }

    @Test
    void an_event_identifier_named_twice_in_one_append_is_a_conflict_and_nothing_is_stored() {
        DomainEventMessage<Noted> first = event("twice", 0);
        DomainEventMessage<Noted> sameIdentifier = new GenericDomainEventMessage<>("Test", "elsewhere", 0,
                new Noted("elsewhere", 0), first.getMetaData(), first.getIdentifier(), first.getTimestamp());

        assertThatThrownBy(() -> engine.appendEvents(first, sameIdentifier))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining(first.getIdentifier());
        assertThat(store.commits().countDocuments()).isZero();
    }
}
