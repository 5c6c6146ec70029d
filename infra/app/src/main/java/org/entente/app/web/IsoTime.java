package org.entente.app.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates and instants as a request must spell them: ISO-8601 and nothing else (no surrounding spaces, no numbers
 * of days or seconds, no arrays), in the years 0000 to 9999. Years beyond those are valid ISO-8601 but no
 * arrangement is concluded in them, and at the edges of Java's range date arithmetic fails.
 */
final class IsoTime {

    static final String DATE_FORM = "must be a date in ISO-8601 form (YYYY-MM-DD)";
    static final String INSTANT_FORM = "must be an instant in ISO-8601 form with its offset (YYYY-MM-DDThh:mm:ssZ)";

    private static final int FIRST_YEAR = 0;
    private static final int LAST_YEAR = 9999;

    private IsoTime() {
    }

    static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeException e) {
            // Answered below, in the client's terms.
        }
        throw new UnacceptableValue(DATE_FORM);
    }

    static Instant instant(String text) {
        try {
            Instant instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return instant;
            }
        } catch (DateTimeException e) {
            // Answered below, in the client's terms.
        }
        throw new UnacceptableValue(INSTANT_FORM);
    }
}
