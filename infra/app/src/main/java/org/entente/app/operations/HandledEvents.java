package org.entente.app.operations;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** When each projection last handled an event in this process, and the time that event carries. */
final class HandledEvents {

    private record Handled(Instant at, Instant eventTimestamp) {
    }

    private final Clock clock;
    private final Map<String, Handled> handled = new ConcurrentHashMap<>();

    HandledEvents(Clock clock) {
        this.clock = clock;
    }

    MessageHandlerInterceptor<EventMessage<?>> notedFor(String projection) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            Object result = chain.proceed();
            handled.put(projection, new Handled(clock.instant(), unitOfWork.getMessage().getTimestamp()));
            return result;
        };
    }

    /** Seconds since the projection last handled an event here; empty if it has not yet. */
    Optional<Double> secondsSinceLastHandled(String projection) {
        return Optional.ofNullable(handled.get(projection))
                .map(h -> Duration.between(h.at(), clock.instant()).toMillis() / 1000.0);
    }

    /** The time carried by the last event the projection handled here. */
    Optional<Instant> lastEventTimestamp(String projection) {
        return Optional.ofNullable(handled.get(projection)).map(Handled::eventTimestamp);
    }
}
