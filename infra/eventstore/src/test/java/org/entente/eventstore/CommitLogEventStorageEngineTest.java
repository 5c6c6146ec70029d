package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.entente.eventstore.EngineFixture.MovableClock;
import org.entente.eventstore.EngineFixture.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.eventstore.EngineFixture.SERIALIZER;
import static org.entente.eventstore.EngineFixture.event;
import static org.entente.eventstore.EngineFixture.events;

/** The engine's contract, against the embedded server through the real driver. */
class CommitLogEventStorageEngineTest {

    private EmbeddedMongo mongo;
    private MovableClock clock;
    private CommitLogEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        clock = new MovableClock();
        engine = engine(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private CommitLogEventStorageEngine engine(Duration gapTimeout) {
        return CommitLogEventStorageEngine.create(mongo.database(), SERIALIZER, SERIALIZER, SnapshotFilter.allowAll(),
                NoOpEventUpcaster.INSTANCE, EngineFixture.CHAIN, clock, EngineFixture.settings(gapTimeout));
    }

    @Test
    void events_appended_together_load_back_in_order_with_payload_and_metadata_whole() {
        engine.appendEvents(events("a", 0, 3));

        List<? extends DomainEventMessage<?>> loaded = engine.readEvents("a").asStream().toList();

        assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(loaded.get(2).getPayload()).isEqualTo(new Noted("a", 2));
        assertThat(loaded.get(2).getMetaData()).containsEntry("recorder", "alice").containsEntry("correlationId", "a-2");
        assertThat(loaded.get(2).getAggregateIdentifier()).isEqualTo("a");
        assertThat(loaded.get(2).getType()).isEqualTo("Test");
        assertThat(mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS).countDocuments())
                .as("one command, one commit document").isEqualTo(1);
    }

    @Test
    void a_long_stream_of_single_event_commits_loads_whole_and_from_any_sequence() {
        for (long s = 0; s < 150; s++) {
            engine.appendEvents(List.of(event("long", s)));
        }

        assertThat(engine.readEvents("long").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactlyElementsOf(LongStream.range(0, 150).boxed().toList());
        assertThat(engine.readEvents("long", 97).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactlyElementsOf(LongStream.range(97, 150).boxed().toList());
        assertThat(engine.lastSequenceNumberFor("long")).contains(149L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void a_load_starting_inside_a_commit_returns_the_rest_of_that_commit() {
        engine.appendEvents(events("multi", 0, 5));
        assertThat(engine.readEvents("multi", 3).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(3L, 4L);
    }

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
    void an_event_holding_text_that_is_not_valid_unicode_is_refused_and_nothing_is_stored() {
        engine.appendEvents(events("text", 0, 1));
        DomainEventMessage<Noted> loneSurrogate = new GenericDomainEventMessage<>("Test", "text", 1, new Noted("\ud800", 1));

        assertThatThrownBy(() -> engine.appendEvents(List.of(loneSurrogate)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid Unicode");
        assertThat(engine.readEvents("text").asStream().count()).isEqualTo(1);
        engine.appendEvents(List.of(event("text", 1)));
        assertThat(EngineFixture.chainHolds(engine.storedEventsOf("text"))).isTrue();
    }

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
    void eight_threads_appending_to_one_aggregate_get_exactly_one_winner_per_version() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            writers.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 25; i++) {
                    long next = engine.lastSequenceNumberFor("hot").map(s -> s + 1).orElse(0L);
                    try {
                        engine.appendEvents(events("hot", next, 2));
                        wins.incrementAndGet();
                    } catch (ConcurrencyException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Long> stored = engine.readEvents("hot").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(wins.get() + conflicts.get()).isEqualTo(200);
        assertThat(conflicts.get()).as("some writers must have raced").isPositive();
        assertThat(stored).as("gap-free, two events per winning commit, nothing partial")
                .containsExactlyElementsOf(LongStream.range(0, 2L * wins.get()).boxed().toList());
        assertThat(trackAll()).hasSize(2 * wins.get());
    }

    @Test
    void tracking_from_the_start_and_from_a_token_sees_every_event_once_in_global_order() {
        engine.appendEvents(events("x", 0, 2));
        engine.appendEvents(events("y", 0, 3));
        engine.appendEvents(events("x", 2, 1));

        List<TrackedEventMessage<?>> all = trackAll();
        assertThat(all).extracting(e -> ((Noted) e.getPayload()).stream() + ((Noted) e.getPayload()).n())
                .containsExactly("x0", "x1", "y0", "y1", "y2", "x2");
        assertThat(all).extracting(e -> e.trackingToken().position().orElseThrow())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

        TrackingToken afterThird = all.get(2).trackingToken();
        assertThat(engine.readEvents(afterThird, false).map(e -> e.getIdentifier()).toList())
                .containsExactlyElementsOf(all.subList(3, 6).stream().map(TrackedEventMessage::getIdentifier).toList());
    }

    @Test
    void a_commit_that_becomes_visible_late_is_still_delivered() throws Exception {
        CountDownLatch reserved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.interruptAppendsWith((first, count) -> {
            if (Thread.currentThread().getName().equals("slow-writer")) {
                reserved.countDown();
                await(release);
            }
        });
        Thread slow = new Thread(() -> engine.appendEvents(events("slow", 0, 1)), "slow-writer");
        slow.start();
        assertThat(reserved.await(10, TimeUnit.SECONDS)).isTrue();
        engine.appendEvents(events("fast", 0, 1));

        List<TrackedEventMessage<?>> first = track(null);
        assertThat(first).extracting(e -> ((Noted) e.getPayload()).stream()).containsExactly("fast");
        GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(token.getGaps()).as("the slow writer's position is remembered, not skipped").containsExactly(0L);

        release.countDown();
        slow.join(10_000);
        List<TrackedEventMessage<?>> second = track(token);
        assertThat(second).extracting(e -> ((Noted) e.getPayload()).stream()).containsExactly("slow");
        assertThat(((GapAwareTrackingToken) second.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void an_append_interrupted_after_reserving_positions_leaves_no_partial_commit_and_hides_nothing_committed() {
        engine.appendEvents(events("steady", 0, 1));
        engine.interruptAppendsWith((first, count) -> {
            throw new IllegalStateException("power cut after reserving " + count + " positions at " + first);
        });
        assertThatThrownBy(() -> engine.appendEvents(events("crashed", 0, 3))).hasMessageContaining("power cut");
        engine.interruptAppendsWith(CommitLogEventStorageEngine.AppendInterruption.NONE);
        engine.appendEvents(events("steady", 1, 1));

        assertThat(engine.readEvents("crashed").asStream().count()).as("nothing of the interrupted commit").isZero();
        List<TrackedEventMessage<?>> tracked = trackAll();
        assertThat(tracked).extracting(e -> ((Noted) e.getPayload()).stream() + ((Noted) e.getPayload()).n())
                .containsExactly("steady0", "steady1");
        GapAwareTrackingToken token = (GapAwareTrackingToken) tracked.get(1).trackingToken();
        assertThat(token.getGaps()).as("the abandoned positions are awaited for now").containsExactly(1L, 2L, 3L);

        clock.advance(Duration.ofMinutes(5));
        engine.appendEvents(events("steady", 2, 1));
        List<TrackedEventMessage<?>> later = track(token);
        assertThat(later).extracting(e -> ((Noted) e.getPayload()).n()).containsExactly(2L);
        assertThat(((GapAwareTrackingToken) later.get(0).trackingToken()).getGaps())
                .as("positions still empty long after a later commit was written are given up").isEmpty();
    }

    @Test
    void a_losing_writer_fills_its_positions_so_trackers_do_not_wait_for_them() {
        engine.appendEvents(events("race", 0, 1));
        assertThatThrownBy(() -> engine.appendEvents(events("race", 0, 2))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(events("after", 0, 1));

        List<TrackedEventMessage<?>> tracked = trackAll();
        assertThat(tracked).hasSize(2);
        assertThat(((GapAwareTrackingToken) tracked.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void positions_a_block_left_unused_are_filled_when_the_next_block_is_taken() {
        engine.appendEvents(events("early", 0, 1));
        clock.advance(Duration.ofSeconds(10));
        engine.appendEvents(events("late", 0, 1));

        List<TrackedEventMessage<?>> tracked = trackAll();
        assertThat(tracked).extracting(e -> e.trackingToken().position().orElseThrow()).containsExactly(0L, 64L);
        assertThat(((GapAwareTrackingToken) tracked.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void stopping_releases_the_unused_rest_of_the_block() {
        engine.appendEvents(events("only", 0, 1));
        engine.releaseReservedPositions();

        Document tombstone = mongo.database().getCollection(CommitLogEventStorageEngine.COMMITS)
                .find(new Document("position", 1L)).first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone.getInteger("count")).isEqualTo(63);
        assertThat(tombstone.getList("events", Document.class)).isEmpty();
    }

    @Test
    void replay_over_many_writers_yields_every_event_exactly_once_in_global_order() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String aggregate = "writer-" + t;
            writers.add(pool.submit(() -> {
                for (long s = 0; s < 60; s++) {
                    engine.appendEvents(List.of(event(aggregate, s)));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<TrackedEventMessage<?>> replay = trackAll();
        assertThat(replay).hasSize(240);
        assertThat(replay.stream().map(TrackedEventMessage::getIdentifier).collect(Collectors.toSet())).hasSize(240);
        List<Long> positions = replay.stream().map(e -> e.trackingToken().position().orElseThrow()).toList();
        assertThat(positions).isSorted();
        for (int t = 0; t < 4; t++) {
            String aggregate = "writer-" + t;
            assertThat(replay.stream().map(e -> (Noted) e.getPayload()).filter(n -> n.stream().equals(aggregate))
                    .map(Noted::n).toList()).as("per-aggregate order").isSorted().hasSize(60);
        }
    }

    @Test
    void the_store_refuses_to_start_on_the_axon_mongo_extension_format() {
        mongo.database().getCollection(StoreFormatGuard.EXTENSION_EVENTS).insertOne(new Document("aggregateIdentifier", "a"));

        assertThatThrownBy(() -> StoreFormatGuard.refuseForeignFormat(mongo.database()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("domainevents")
                .hasMessageContaining("will not start");
    }

    private List<TrackedEventMessage<?>> trackAll() {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TrackingToken token = null;
        while (true) {
            List<TrackedEventMessage<?>> batch = track(token);
            if (batch.isEmpty()) {
                return all;
            }
            for (TrackedEventMessage<?> event : batch) {
                assertThat(seen.add(event.getIdentifier())).as("delivered once: " + event.getIdentifier()).isTrue();
                all.add(event);
            }
            token = batch.get(batch.size() - 1).trackingToken();
        }
    }

    private List<TrackedEventMessage<?>> track(TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
