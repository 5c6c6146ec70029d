package org.entente.api.arrangement;

/**
 * A page of arrangements; null filters match everything, {@code text} matches titles case-insensitively.
 *
 * @param visibleTo when set, only arrangements this party is party to: what a registrar of that party may know of
 */
public record ListArrangementsQuery(String party, ArrangementStatus status, String text, String visibleTo, int page, int size) {

    public ListArrangementsQuery(String party, ArrangementStatus status, String text, int page, int size) {
        this(party, status, text, null, page, size);
    }
}
