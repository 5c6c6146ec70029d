package org.entente.api.check;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.Instant;

/** A check of a point of contact started; it must be answered by {@code answerBy}. */
@DomainEvent
@Revision("1")
public record CommunicationCheckInitiated(String arrangementId, String checkId, String contactId, String fromParty,
                                          String toParty, Instant initiatedAt, Instant answerBy) {
}
