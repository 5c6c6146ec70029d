package org.entente.api.arrangement;

/** The current view of one arrangement; answered with an empty optional when the registry has none. */
public record FindArrangementQuery(String arrangementId) {
}
