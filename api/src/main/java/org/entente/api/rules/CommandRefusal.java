package org.entente.api.rules;

/**
 * Why a command was refused, in a form that survives a trip across a command bus: a distributed bus
 * delivers a handler's failure as a generic exception, carrying only serialized details like these, not
 * the exception the handler threw.
 *
 * @param code    the stable error code clients see: a {@link Rule} name, {@link #NOT_FOUND} or
 *                {@link #CONCURRENT_MODIFICATION}
 * @param outcome how the refusal relates to the registry's state
 * @param field   the request field it is about, or null
 * @param detail  what a person reads
 */
public record CommandRefusal(String code, Outcome outcome, String field, String detail) {

    /** The command names an aggregate the event store does not hold. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** Another change to the same aggregate was stored first, while this command was being decided. */
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";

    public static CommandRefusal of(RuleViolation violation) {
        return new CommandRefusal(violation.rule().name(), violation.rule().outcome(), violation.field(), violation.getMessage());
    }
}
