package org.entente.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.entente.eventstore.EngineFixture.Noted;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.eventstore.EngineFixture.event;
import static org.entente.eventstore.EngineFixture.events;
import static org.entente.eventstore.EngineFixture.sequencesOf;

/** What an append stores and how an aggregate's stream reads back. */
class AppendAndLoadTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();
    private final CommitLogEventStorageEngine engine = store.engine();

    @Test
    void events_appended_together_load_back_in_order_with_payload_and_metadata_whole() {
        engine.appendEvents(events("a", 0, 3));

        List<? extends DomainEventMessage<?>> loaded = engine.readEvents("a").asStream().toList();

        assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(loaded.get(2).getPayload()).isEqualTo(new Noted("a", 2));
        assertThat(loaded.get(2).getMetaData()).containsEntry("recorder", "alice").containsEntry("correlationId", "a-2");
        assertThat(loaded.get(2).getAggregateIdentifier()).isEqualTo("a");
        assertThat(loaded.get(2).getType()).isEqualTo("Test");
        assertThat(store.commits().countDocuments()).as("one command, one commit document").isEqualTo(1);
    }

    @Test
    void a_long_stream_of_single_event_commits_loads_whole_and_from_any_sequence() {
        for (long s = 0; s < 150; s++) {
            engine.appendEvents(List.of(event("long", s)));
        }

        assertThat(sequencesOf(engine, "long", 0)).containsExactlyElementsOf(LongStream.range(0, 150).boxed().toList());
        assertThat(sequencesOf(engine, "long", 97)).containsExactlyElementsOf(LongStream.range(97, 150).boxed().toList());
        assertThat(engine.lastSequenceNumberFor("long")).contains(149L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void a_load_starting_inside_a_commit_returns_the_rest_of_that_commit() {
        engine.appendEvents(events("multi", 0, 5));

        assertThat(sequencesOf(engine, "multi", 3)).containsExactly(3L, 4L);
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
    void events_of_one_aggregate_that_do_not_follow_each_other_are_refused_before_any_position_is_reserved() {
        assertThatThrownBy(() -> engine.appendEvents(event("holes", 0), event("holes", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consecutive");
        engine.appendEvents(event("after", 0));

        assertThat(engine.readEvents("holes").asStream()).isEmpty();
        assertThat(store.trackAll()).extracting(e -> e.trackingToken().position().orElseThrow())
                .as("the refused append took no position").containsExactly(0L);
    }

    @Test
    void an_application_event_is_a_commit_of_its_own_and_is_tracked_as_belonging_to_no_aggregate() {
        GenericEventMessage<String> announced = new GenericEventMessage<>("registry opened");
        engine.appendEvents(event("a", 0), announced);

        List<TrackedEventMessage<?>> tracked = store.trackAll();

        assertThat(tracked).hasSize(2);
        assertThat(tracked.get(0)).isInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(1)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(1).getIdentifier()).isEqualTo(announced.getIdentifier());
        assertThat(tracked.get(1).getPayload()).isEqualTo("registry opened");
        assertThat(store.commits().find(new Document("_id", "event@" + announced.getIdentifier())).first())
                .as("stored apart from the aggregate's commit, without aggregate fields")
                .isNotNull().doesNotContainKey("aggregate");
    }

    @Test
    void the_last_sequence_number_is_read_from_the_commits_without_reading_their_events() {
        engine.appendEvents(events("counted", 0, 3));
        // A commit whose events could not even be read: only its sequence fields may be looked at.
        store.commits().insertOne(new Document("_id", "counted@3").append("aggregate", "counted")
                .append("first", 3L).append("last", 4L).append("position", 1_000L).append("count", 2)
                .append("events", "not an array of events"));

        assertThat(engine.lastSequenceNumberFor("counted")).contains(4L);
    }

    @Test
    void the_last_sequence_number_sees_what_another_process_appended_since() {
        CommitLogEventStorageEngine other = store.anotherEngine();
        engine.appendEvents(events("shared", 0, 2));
        assertThat(other.lastSequenceNumberFor("shared")).contains(1L);

        engine.appendEvents(events("shared", 2, 3));

        assertThat(other.lastSequenceNumberFor("shared")).contains(4L);
        assertThat(engine.lastSequenceNumberFor("shared")).contains(4L);
    }
}
