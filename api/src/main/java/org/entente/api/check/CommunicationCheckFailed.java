package org.entente.api.check;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** No answer came by the answer-by time ({@code failedAt}). */
@Revision("1")
public record CommunicationCheckFailed(String arrangementId, String checkId, String contactId, Instant failedAt) {
}
