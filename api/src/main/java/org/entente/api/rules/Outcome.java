package org.entente.api.rules;

/** How a rejected command relates to the registry's state; the HTTP layer maps each to a status. */
public enum Outcome {
    /** The command names something the registry does not hold. */
    NOT_FOUND,
    /** The command is well formed but contradicts the current state (a retry will not help). */
    CONFLICT,
    /** The command's content breaks a rule regardless of state. */
    UNPROCESSABLE,
    /** The acting party may not do this for the party named (a party acts only for itself). */
    FORBIDDEN,
    /** The sender expected another version of what it changes than the current one (it read a stale copy). */
    STALE
}
