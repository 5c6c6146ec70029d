package org.entente.eventstore;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.eventstore.EngineFixture.event;
import static org.entente.eventstore.EngineFixture.eventAt;
import static org.entente.eventstore.EngineFixture.events;

/** What operators are told of the log: events counted rather than positions, and every append's outcome. */
class CountingAndObservingTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();

    @Test
    void positions_reserved_and_released_unused_are_not_counted_as_events() {
        CommitLogEventStorageEngine engine = store.engine();
        engine.appendEvents(events("x", 0, 3));
        engine.releaseReservedPositions();
        CommitLogEventStorageEngine restarted = store.anotherEngine();
        restarted.appendEvents(events("y", 0, 2));
        restarted.releaseReservedPositions();

        assertThat(restarted.headPosition()).as("two blocks of 64 reserved").isEqualTo(127);
        assertThat(restarted.eventsBetween(-1, restarted.headPosition())).isEqualTo(5);
        assertThat(restarted.lastEventPosition()).isEqualTo(65);
        assertThat(restarted.eventsBetween(65, restarted.headPosition())).as("nothing after the last event").isZero();
        assertThat(restarted.eventsBetween(1, 64)).as("x2 and y0").isEqualTo(2);
    }

    @Test
    void a_count_starting_inside_a_commit_counts_only_the_events_after_the_position() {
        CommitLogEventStorageEngine engine = store.engine();
        engine.appendEvents(events("x", 0, 5));

        assertThat(engine.eventsBetween(1, engine.headPosition())).isEqualTo(3);
        assertThat(engine.eventsBetween(4, engine.headPosition())).isZero();
    }

    @Test
    void commits_that_cross_the_windows_of_a_long_count_are_counted_whole() {
        CommitLogEventStorageEngine engine = store.engine();
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(events("stream-" + i, 0, 37));
        }

        assertThat(engine.eventsBetween(-1, engine.headPosition())).isEqualTo(20 * 37);
        // Each commit takes a block of 64 of its own: the first two end at positions 36 and 100.
        assertThat(engine.eventsBetween(100, engine.headPosition())).isEqualTo(18 * 37);
        assertThat(engine.eventsBetween(80, engine.headPosition())).isEqualTo(18 * 37 + 20);
    }

    @Test
    void the_timestamp_of_an_event_is_found_by_its_position_and_a_tombstone_has_none() {
        CommitLogEventStorageEngine engine = store.engine();
        engine.appendEvents(List.of(eventAt("x", 0, "2011-06-23T10:00:00Z"), eventAt("x", 1, "2011-12-15T09:00:00Z")));
        engine.releaseReservedPositions();

        assertThat(engine.timestampAt(1)).contains(Instant.parse("2011-12-15T09:00:00Z"));
        assertThat(engine.timestampAt(2)).isEmpty();
    }

    @Test
    void every_append_is_reported_with_its_outcome_whether_stored_or_refused() {
        List<AppendObserver.Outcome> outcomes = new ArrayList<>();
        CommitLogEventStorageEngine engine = store.builder()
                .appendObserver((outcome, events, took) -> outcomes.add(outcome)).build();

        engine.appendEvents(events("x", 0, 2));
        assertThatThrownBy(() -> engine.appendEvents(events("x", 0, 1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("y", 0), event("y", 0))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(outcomes).containsExactly(AppendObserver.Outcome.STORED, AppendObserver.Outcome.CONFLICT,
                AppendObserver.Outcome.DUPLICATE);
    }
}
