package org.entente.app.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.entente.api.commitment.CommitmentAdded;

/**
 * Revision 2 added {@code agreedOn}. A revision 1 commitment was, as far as anyone said, agreed with
 * its arrangement, which is what an absent {@code agreedOn} means.
 */
final class CommitmentAddedRevision2 extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CommitmentAdded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(CommitmentAdded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("agreedOn");
            return payload;
        });
    }
}
