package org.entente.api.paper;

/** One paper of an arrangement, with each addressee's acknowledgement; answered with an empty optional when unknown. */
public record FindPaperQuery(String arrangementId, String paperId) {
}
