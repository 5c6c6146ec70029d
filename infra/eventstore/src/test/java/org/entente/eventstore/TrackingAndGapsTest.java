package org.entente.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.entente.eventstore.EngineFixture.Noted;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.eventstore.EngineFixture.await;
import static org.entente.eventstore.EngineFixture.event;
import static org.entente.eventstore.EngineFixture.eventAt;
import static org.entente.eventstore.EngineFixture.events;
import static org.entente.eventstore.EngineFixture.race;

/** Delivery in global order over positions that are reserved before they are written, or never written. */
class TrackingAndGapsTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();
    private final CommitLogEventStorageEngine engine = store.engine();

    @Test
    void tracking_from_the_start_and_from_a_token_sees_every_event_once_in_global_order() {
        engine.appendEvents(events("x", 0, 2));
        engine.appendEvents(events("y", 0, 3));
        engine.appendEvents(events("x", 2, 1));

        List<TrackedEventMessage<?>> all = store.trackAll();
        assertThat(all).extracting(EngineFixture::label).containsExactly("x0", "x1", "y0", "y1", "y2", "x2");
        assertThat(all).extracting(e -> e.trackingToken().position().orElseThrow())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

        TrackingToken afterThird = all.get(2).trackingToken();
        assertThat(store.track(afterThird)).extracting(TrackedEventMessage::getIdentifier)
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

        List<TrackedEventMessage<?>> first = store.track(null);
        assertThat(first).extracting(e -> ((Noted) e.getPayload()).stream()).containsExactly("fast");
        GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(token.getGaps()).as("the slow writer's position is remembered, not skipped").containsExactly(0L);

        release.countDown();
        slow.join(10_000);
        List<TrackedEventMessage<?>> second = store.track(token);
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
        List<TrackedEventMessage<?>> tracked = store.trackAll();
        assertThat(tracked).extracting(EngineFixture::label).containsExactly("steady0", "steady1");
        GapAwareTrackingToken token = (GapAwareTrackingToken) tracked.get(1).trackingToken();
        assertThat(token.getGaps()).as("the abandoned positions are awaited for now").containsExactly(1L, 2L, 3L);

        store.clock().advance(Duration.ofMinutes(5));
        engine.appendEvents(events("steady", 2, 1));
        List<TrackedEventMessage<?>> later = store.track(token);
        assertThat(later).extracting(EngineFixture::label).containsExactly("steady2");
        assertThat(((GapAwareTrackingToken) later.get(0).trackingToken()).getGaps())
                .as("positions still empty long after a later commit was written are given up").isEmpty();
    }

    @Test
    void positions_a_block_left_unused_are_filled_when_the_next_block_is_taken() {
        engine.appendEvents(events("early", 0, 1));
        store.clock().advance(Duration.ofSeconds(10));
        engine.appendEvents(events("late", 0, 1));

        List<TrackedEventMessage<?>> tracked = store.trackAll();
        assertThat(tracked).extracting(e -> e.trackingToken().position().orElseThrow()).containsExactly(0L, 64L);
        assertThat(((GapAwareTrackingToken) tracked.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void stopping_releases_the_unused_rest_of_the_block() {
        engine.appendEvents(events("only", 0, 1));
        engine.releaseReservedPositions();

        Document tombstone = store.commits().find(new Document("position", 1L)).first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone.getInteger("count")).isEqualTo(63);
        assertThat(tombstone.getList("events", Document.class)).isEmpty();
    }

    @Test
    void an_idle_process_releases_the_rest_of_its_block_once_the_block_may_no_longer_be_used() {
        engine.appendEvents(events("idle", 0, 1));
        engine.releaseExpiredPositions();
        assertThat(store.commits().find(new Document("position", 1L)).first()).as("still usable: kept").isNull();

        store.clock().advance(Duration.ofSeconds(6));
        engine.releaseExpiredPositions();

        Document tombstone = store.commits().find(new Document("position", 1L)).first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone.getInteger("count")).isEqualTo(63);
    }

    @Test
    void a_token_passes_the_gaps_a_tombstone_fills_and_keeps_those_a_writer_may_still_fill() {
        CommitLogEventStorageEngine other = store.anotherEngine();
        engine.appendEvents(events("here", 0, 1));
        other.appendEvents(events("there", 0, 1));
        TrackingToken seen = store.trackAll().get(1).trackingToken();
        assertThat(((GapAwareTrackingToken) seen).getGaps()).as("the first process's block").hasSize(63);

        assertThat(((GapAwareTrackingToken) engine.withEmptyGapsPassed(seen)).getGaps()).as("may still be written").hasSize(63);

        engine.releaseReservedPositions();
        GapAwareTrackingToken passed = (GapAwareTrackingToken) engine.withEmptyGapsPassed(seen);
        assertThat(passed.getGaps()).isEmpty();
        assertThat(passed.getIndex()).isEqualTo(64);
    }

    @Test
    void a_tracker_passes_more_positions_without_an_event_than_one_poll_looks_at() {
        engine.appendEvents(events("before", 0, 1));
        TrackingToken seen = store.trackAll().get(0).trackingToken();
        // The rest of the first block, then all 100 positions of an append that lost its race: tombstones
        // over more than a tracking window (64 here), and no event among them.
        assertThatThrownBy(() -> engine.appendEvents(events("before", 0, 100))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(events("after", 0, 1));

        List<TrackedEventMessage<?>> later = store.trackAllFrom(seen);
        assertThat(later).extracting(EngineFixture::label).containsExactly("after0");
        GapAwareTrackingToken token = (GapAwareTrackingToken) later.get(0).trackingToken();
        assertThat(token.getIndex()).isEqualTo(164);
        assertThat(token.getGaps()).as("the tombstones' positions are passed, not awaited").isEmpty();
    }

    @Test
    void replay_over_many_writers_yields_every_event_exactly_once_in_global_order() throws Exception {
        race(4, writer -> {
            for (long s = 0; s < 60; s++) {
                engine.appendEvents(List.of(event("writer-" + writer, s)));
            }
        });

        List<TrackedEventMessage<?>> replay = store.trackAll();
        assertThat(replay).hasSize(240);
        assertThat(replay).extracting(e -> e.trackingToken().position().orElseThrow()).isSorted();
        for (int t = 0; t < 4; t++) {
            String aggregate = "writer-" + t;
            assertThat(replay.stream().map(e -> (Noted) e.getPayload()).filter(n -> n.stream().equals(aggregate))
                    .map(Noted::n).toList()).as("per-aggregate order").isSorted().hasSize(60);
        }
    }

    @Test
    void a_head_token_still_delivers_what_is_written_later_into_positions_reserved_before_it() {
        engine.appendEvents(events("before", 0, 2));

        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(events("after", 0, 1));

        assertThat(store.track(head)).extracting(EngineFixture::label).containsExactly("after0");
    }

    @Test
    void a_head_token_awaits_the_block_another_process_is_still_writing_into() {
        CommitLogEventStorageEngine other = store.anotherEngine();
        engine.appendEvents(events("here", 0, 1));
        other.appendEvents(events("there", 0, 1));

        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(events("here", 1, 1));
        other.appendEvents(events("there", 1, 1));

        assertThat(store.trackAllFrom(head)).extracting(EngineFixture::label).containsExactlyInAnyOrder("here1", "there1");
    }

    @Test
    void a_token_at_a_date_starts_at_the_first_event_in_global_order_that_carries_that_date_or_later() {
        engine.appendEvents(eventAt("a", 0, "2020-01-01T00:00:00Z"));
        engine.appendEvents(eventAt("b", 0, "2019-06-01T00:00:00Z"));
        engine.appendEvents(eventAt("c", 0, "2018-01-01T00:00:00Z"), eventAt("c", 1, "2022-01-01T00:00:00.000000001Z"));
        engine.appendEvents(eventAt("a", 1, "2021-01-01T00:00:00Z"));

        assertThat(store.trackAllFrom(engine.createTokenAt(Instant.parse("2021-06-01T00:00:00Z"))))
                .as("event timestamps decide, even inside a commit and out of order")
                .extracting(EngineFixture::label).containsExactly("c1", "a1");
        assertThat(store.trackAllFrom(engine.createTokenAt(Instant.parse("2022-01-01T00:00:00.000000002Z"))))
                .as("to the nanosecond: c1 is one nanosecond too early, and nothing comes later").isEmpty();
        assertThat(store.trackAllFrom(engine.createTokenAt(Instant.parse("2019-01-01T00:00:00Z"))))
                .extracting(EngineFixture::label).containsExactly("a0", "b0", "c0", "c1", "a1");
    }
}
