package org.entente.api.contact;

/** When a contact answers: around the clock, or during {@code hours} (e.g. "08:00-18:00") in {@code timeZone}. */
public record Availability(boolean always, String hours, String timeZone) {

    public static Availability aroundTheClock() {
        return new Availability(true, null, null);
    }
}
