package org.entente.api.paper;

/** The papers of an arrangement, with each addressee's acknowledgement. */
public record FindPapersQuery(String arrangementId) {
}
