package org.entente.app.security;

/**
 * What a signed-in user may do. Roles add up: a user holding several may do what each allows.
 * Only a registrar writes to the registry, and only for its own party.
 */
public enum Role {
    /** Records for its own party: arrangements it is party to, commitments it owes, its contacts and papers. */
    REGISTRAR,
    /** Reads everything, including history, integrity, exports and paper content; writes nothing. */
    AUDITOR,
    /** Reads the views and the dashboard; not history, exports or paper content. */
    VIEWER,
    /** Runs the registry: users, projection rebuilds, operational endpoints; no domain writes. */
    ADMIN;

    /** The authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
