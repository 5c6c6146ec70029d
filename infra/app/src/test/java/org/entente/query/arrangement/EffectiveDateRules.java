package org.entente.query.arrangement;

/**
 * Asks the effective-date rules, which the query module keeps to itself, on behalf of the application's
 * architecture tests: they find the events the aggregates apply, which the query module cannot see.
 */
public final class EffectiveDateRules {

    private EffectiveDateRules() {
    }

    /** Whether past views can date events of this type. */
    public static boolean know(Class<?> eventType) {
        return EffectiveDates.knows(eventType);
    }
}
