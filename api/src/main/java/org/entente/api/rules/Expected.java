package org.entente.api.rules;

/**
 * Command metadata naming the version of its aggregate the sender last read: the command is refused
 * ({@link Rule#VERSION_MISMATCH}) unless the aggregate is still at one of those versions. The value is
 * {@value #ANY} (the aggregate exists, at any version) or versions in decimal, separated by commas.
 * Absent, the command applies to whatever version is current.
 */
public final class Expected {

    public static final String VERSION = "expectedVersion";
    public static final String ANY = "*";

    private Expected() {
    }
}
