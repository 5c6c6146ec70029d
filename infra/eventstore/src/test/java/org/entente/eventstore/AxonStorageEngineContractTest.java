package org.entente.eventstore;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.createEvent;

/**
 * Axon's own contract for storage engines, every inherited test run against this engine on the
 * embedded server through the real driver. Two inherited tests are overridden: they expect Axon's
 * {@code AggregateStreamCreationException} when a duplicate key concerns an aggregate's first event,
 * where this engine deliberately reports a {@link ConcurrencyException} for every duplicate key
 * (see {@code docs/event-store.md}, "Why an append is atomic without transactions").
 */
class AxonStorageEngineContractTest
        extends BatchingEventStorageEngineTest<CommitLogEventStorageEngine, CommitLogEventStorageEngine.Builder> {

    @AutoClose
    private final EngineFixture store = new EngineFixture();
    private CommitLogEventStorageEngine engine;

    @BeforeEach
    void start() {
        engine = createEngine();
        setTestSubject(engine);
    }

    @Override
    protected CommitLogEventStorageEngine createEngine(UnaryOperator<CommitLogEventStorageEngine.Builder> customization) {
        return customization.apply(store.builder()).build();
    }

    /**
     * Overridden: Axon expects {@code AggregateStreamCreationException} because both events are first
     * events. Here the loser of any race, creating an aggregate included, gets a {@link ConcurrencyException}:
     * commits are keyed by the version they build on, and building on "no version yet" is no different;
     * it is transient, so Axon's retry and the application (HTTP 409) read again and retry, and a
     * create-if-missing command then finds the aggregate. Either way nothing of the append is stored.
     */
    @Test
    @Override
    public void uniqueKeyConstraintOnFirstEventIdentifierThrowsAggregateIdentifierAlreadyExistsException() {
        assertThatThrownBy(() -> engine.appendEvents(createEvent("id", "aggregate", 0), createEvent("id", "otherAggregate", 0)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("aggregate").asStream()).isEmpty();
        assertThat(engine.readEvents("otherAggregate").asStream()).isEmpty();
    }

    /** Overridden for the same reason as the test above: a duplicate first event is a version conflict here. */
    @Test
    @Override
    public void storeDuplicateFirstEventWithExceptionTranslatorThrowsAggregateIdentifierAlreadyExistsException() {
        assertThatThrownBy(() -> engine.appendEvents(createEvent(0), createEvent(0)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("aggregate").asStream()).isEmpty();

        engine.appendEvents(createEvent(0));
        assertThatThrownBy(() -> engine.appendEvents(createEvent(0)))
                .as("a second writer creating the same aggregate")
                .isInstanceOf(ConcurrencyException.class);
    }
}
