package org.entente.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Hands events to a projection as Axon's processors do: through the annotation adapter, with its parameter resolvers. */
public final class Delivery {

    private final AnnotationEventHandlerAdapter adapter;

    private Delivery(Object projection) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    public static Delivery to(Object projection) {
        return new Delivery(projection);
    }

    public Delivery deliver(EventMessage<?> event) {
        try {
            adapter.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Delivering " + event.getPayloadType().getSimpleName() + " failed", e);
        }
        return this;
    }

    public Delivery deliverAll(List<? extends EventMessage<?>> events) {
        events.forEach(this::deliver);
        return this;
    }

    /**
     * The concrete event types the projection's handlers fold: each handler's event type, or the types a
     * sealed interface permits when a handler takes one.
     */
    public static List<Class<?>> eventTypesFoldedBy(Class<?> projectionType) {
        return Arrays.stream(projectionType.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Delivery::eventTypeOf)
                .flatMap(type -> type.isSealed() ? Arrays.stream(type.getPermittedSubclasses()) : Stream.of(type))
                .distinct()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    private static Class<?> eventTypeOf(Method handler) {
        EventHandler annotation = handler.getAnnotation(EventHandler.class);
        return annotation.payloadType() != Object.class ? annotation.payloadType() : handler.getParameterTypes()[0];
    }
}
