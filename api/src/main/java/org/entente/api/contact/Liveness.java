package org.entente.api.contact;

/** Whether a contact is known to answer: checked recently, long ago, failed its last check, or never checked. */
public enum Liveness {
    VERIFIED, STALE, UNREACHABLE, UNTESTED
}
