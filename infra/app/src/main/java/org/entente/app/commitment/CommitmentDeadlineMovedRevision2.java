package org.entente.app.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.entente.api.commitment.CommitmentDeadlineMoved;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Revision 2 added {@code effectiveOn}. A revision 1 move said nothing about when it took effect, so
 * it is read as taking effect on the day it was recorded (UTC), the only date the registry has for it.
 */
final class CommitmentDeadlineMovedRevision2 extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CommitmentDeadlineMoved.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(CommitmentDeadlineMoved.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        LocalDate recordedOn = LocalDate.ofInstant(representation.getTimestamp(), ZoneOffset.UTC);
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("effectiveOn", recordedOn.toString());
            return payload;
        });
    }
}
