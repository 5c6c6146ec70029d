package org.entente.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Delivery is at least once. For every event type a projection folds, delivering an event of that type a
 * second time, alone or with the events before it, must leave the store as one clean fold of the same
 * events leaves it. A subclass names how to fold into an empty store, and scenarios that hold an event of
 * each type; the types come from the handlers of the projection it folds with, so a new handler without a
 * scenario fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractRedeliveryTest {

    /** A projection over an empty store, and everything that store holds, to be compared field by field. */
    protected record Fold(Class<?> projectionType, Delivery delivery, Supplier<?> content) {

        public static Fold of(Object projection, Supplier<?> content) {
            return new Fold(projection.getClass(), Delivery.to(projection), content);
        }
    }

    protected abstract Fold emptyFold();

    /** Each scenario is what the whole store delivers, in recording order. */
    protected abstract List<List<DomainEventMessage<?>>> scenarios();

    Stream<Named<Class<?>>> foldedEventTypes() {
        return Delivery.eventTypesFoldedBy(emptyFold().projectionType()).stream().map(type -> Named.of(type.getSimpleName(), type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldedEventTypes")
    void an_event_redelivered_after_everything_leaves_the_store_as_a_clean_fold_leaves_it(Class<?> eventType) {
        Redelivery redelivery = redeliveryOf(eventType);
        Fold fold = foldedOnce(redelivery.scenario());

        fold.delivery().deliver(redelivery.event());

        assertSameContent(fold, foldedOnce(redelivery.scenario()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldedEventTypes")
    void a_prefix_ending_with_the_event_redelivered_after_everything_leaves_the_store_as_a_clean_fold_leaves_it(
            Class<?> eventType) {
        Redelivery redelivery = redeliveryOf(eventType);
        Fold fold = foldedOnce(redelivery.scenario());

        fold.delivery().deliverAll(redelivery.upToTheEvent());

        assertSameContent(fold, foldedOnce(redelivery.scenario()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldedEventTypes")
    void an_event_delivered_twice_in_a_row_lets_the_events_after_it_fold_as_they_would(Class<?> eventType) {
        Redelivery redelivery = redeliveryOf(eventType);
        Fold fold = emptyFold();

        fold.delivery().deliverAll(redelivery.upToTheEvent()).deliver(redelivery.event()).deliverAll(redelivery.afterTheEvent());

        assertSameContent(fold, foldedOnce(redelivery.scenario()));
    }

    private Fold foldedOnce(List<DomainEventMessage<?>> events) {
        Fold fold = emptyFold();
        fold.delivery().deliverAll(events);
        return fold;
    }

    private static void assertSameContent(Fold actual, Fold cleanFold) {
        Object expected = cleanFold.content().get();
        assertThat(expected).as("what a clean fold leaves").isNotNull().isNotEqualTo(List.of());
        assertThat(actual.content().get()).usingRecursiveComparison().isEqualTo(expected);
    }

    /** The first event of a type in the first scenario that has one. */
    private record Redelivery(List<DomainEventMessage<?>> scenario, int position) {

        DomainEventMessage<?> event() {
            return scenario.get(position);
        }

        List<DomainEventMessage<?>> upToTheEvent() {
            return scenario.subList(0, position + 1);
        }

        List<DomainEventMessage<?>> afterTheEvent() {
            return scenario.subList(position + 1, scenario.size());
        }
    }

    private Redelivery redeliveryOf(Class<?> eventType) {
        for (List<DomainEventMessage<?>> scenario : scenarios()) {
            for (int position = 0; position < scenario.size(); position++) {
                if (eventType.isInstance(scenario.get(position).getPayload())) {
                    return new Redelivery(scenario, position);
                }
            }
        }
        return fail("No scenario of " + getClass().getSimpleName() + " holds a " + eventType.getSimpleName()
                + " to redeliver; add one to a story in the api fixtures");
    }
}
