package org.entente.api.check;

/** Checks that involve {@code party} (as checker or checked) and have {@code status}; null matches all. */
public record FindChecksQuery(String party, CheckStatus status) {
}
