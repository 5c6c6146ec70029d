package org.entente.api.check;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.Duration;
import java.time.Instant;

/** The checked contact answered at {@code answeredAt}, {@code responseTime} after the check began. */
@DomainEvent
@Revision("1")
public record CommunicationCheckAnswered(String arrangementId, String checkId, String contactId, Instant answeredAt,
                                         Duration responseTime) {
}
