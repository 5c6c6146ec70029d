package org.entente.api.check;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.Instant;

/** No answer came by the answer-by time ({@code failedAt}). */
@DomainEvent
@Revision("1")
public record CommunicationCheckFailed(String arrangementId, String checkId, String contactId, Instant failedAt) {
}
