package org.entente.api.arrangement;

/** A page of arrangements; null filters match everything, {@code text} matches titles case-insensitively. */
public record ListArrangementsQuery(String party, ArrangementStatus status, String text, int page, int size) {
}
