package org.entente.api.dashboard;

/** What happens on a milestone's day. */
public enum MilestoneKind {
    /** The arrangement was concluded (signed, adopted or agreed). */
    CONCLUDED,
    /** The arrangement took effect. */
    ENTERED_INTO_FORCE,
    /** The arrangement was suspended, resumed or terminated. */
    STATUS_CHANGED,
    /** A commitment falls (or fell) due. */
    COMMITMENT_DUE,
    /** A commitment was fulfilled. */
    COMMITMENT_FULFILLED
}
