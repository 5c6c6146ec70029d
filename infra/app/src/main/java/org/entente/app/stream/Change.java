package org.entente.app.stream;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** One stored event as a stream tells of it: what changed, not the change itself, which a read then fetches. */
@Schema(name = "Change", description = "One stored event: the `data` of a `change` message of the stream")
public record Change(
        @Schema(description = "The event's global position in the event store; also the message's `id`") long position,
        @Schema(description = "The arrangement the event belongs to") String arrangementId,
        @Schema(description = "What kind of aggregate changed", example = "Commitment") String aggregateType,
        @Schema(description = "Which one") String aggregateId,
        @Schema(description = "The aggregate's version after the event, as its `ETag` carries it") long version,
        @Schema(description = "What happened", example = "CommitmentFulfilled") String type,
        @Schema(description = "When the event was recorded") Instant occurredAt) {

    private static final String ARRANGEMENT_AGGREGATE = "Arrangement";

    /** Every domain event names its arrangement, by that name; an arrangement's own events also by their aggregate. */
    private static final ClassValue<Function<Object, String>> ARRANGEMENT_OF = new ClassValue<>() {
        @Override
        protected Function<Object, String> computeValue(Class<?> type) {
            Optional<RecordComponent> component = type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("arrangementId")).findFirst()
                    : Optional.empty();
            return component.<Function<Object, String>>map(c -> payload -> {
                try {
                    return (String) c.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read the arrangement of " + type.getSimpleName(), e);
                }
            }).orElse(payload -> null);
        }
    };

    /** The change an event at {@code position} makes; empty for an event that belongs to no aggregate. */
    static Optional<Change> of(EventMessage<?> event, long position) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            return Optional.empty();
        }
        String arrangement = ARRANGEMENT_AGGREGATE.equals(domain.getType()) ? domain.getAggregateIdentifier()
                : ARRANGEMENT_OF.get(domain.getPayloadType()).apply(domain.getPayload());
        return Optional.of(new Change(position, arrangement, domain.getType(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber() + 1, domain.getPayloadType().getSimpleName(), domain.getTimestamp()));
    }
}
