package org.entente.api.check;

/** One communication check; answered with an empty optional when the registry has none. */
public record FindCheckQuery(String checkId) {
}
