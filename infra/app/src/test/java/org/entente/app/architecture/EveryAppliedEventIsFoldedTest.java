package org.entente.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.EffectiveDates;
import org.entente.query.check.CheckProjection;
import org.jmolecules.event.annotation.DomainEvent;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an aggregate applies, its view must fold: the arrangement view's version counts its stream's
 * events and read-your-writes waits on it, and a past view is built by the same fold, choosing events by
 * their effective dates. The events an aggregate applies are found in its classes (every domain event they
 * construct), so a new event type cannot be forgotten on the read side.
 */
class EveryAppliedEventIsFoldedTest {

    @Test
    void the_arrangement_view_and_its_past_account_for_every_event_the_arrangement_applies() {
        Set<Class<?>> applied = eventsConstructedIn("org.entente.command.arrangement", "org.entente.command.commitment",
                "org.entente.command.contact", "org.entente.command.paper");
        // Only inspected for the types it handles, never run: it needs no store.
        AnnotationEventHandlerAdapter view = new AnnotationEventHandlerAdapter(new ArrangementProjection(null));

        assertThat(applied).as("the arrangement applies events").hasSizeGreaterThan(10);
        assertThat(applied).allSatisfy(event -> {
            assertThat(view.canHandleType(event)).as("the arrangement view folds " + event.getSimpleName()).isTrue();
            assertThat(EffectiveDates.knows(event)).as("past views account for " + event.getSimpleName()).isTrue();
        });
    }

    @Test
    void the_check_view_folds_every_event_a_check_applies() {
        Set<Class<?>> applied = eventsConstructedIn("org.entente.command.check");
        AnnotationEventHandlerAdapter view = new AnnotationEventHandlerAdapter(new CheckProjection(null));

        assertThat(applied).as("a check applies events").hasSize(3);
        assertThat(applied).allSatisfy(event ->
                assertThat(view.canHandleType(event)).as("the check view folds " + event.getSimpleName()).isTrue());
    }

    /** The domain events whose constructors the classes of these packages call or refer to. */
    private static Set<Class<?>> eventsConstructedIn(String... packages) {
        Set<Class<?>> events = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        ProductionClasses.ALL.stream()
                .filter(type -> Stream.of(packages).anyMatch(type.getPackageName()::equals))
                .flatMap(type -> Stream.concat(
                        type.getConstructorCallsFromSelf().stream().map(call -> call.getTargetOwner()),
                        type.getConstructorReferencesFromSelf().stream().map(reference -> reference.getTargetOwner())))
                .filter(owner -> owner.isAnnotatedWith(DomainEvent.class))
                .map(JavaClass::reflect)
                .forEach(events::add);
        return events;
    }
}
