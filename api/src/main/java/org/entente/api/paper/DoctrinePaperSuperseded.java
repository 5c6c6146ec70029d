package org.entente.api.paper;

import org.axonframework.serialization.Revision;

/** A paper was replaced by a newer one of the same party. */
@Revision("1")
public record DoctrinePaperSuperseded(String arrangementId, String paperId, String byPaperId) {
}
