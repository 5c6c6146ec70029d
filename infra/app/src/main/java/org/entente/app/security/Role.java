package org.entente.app.security;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a signed-in user may do. Roles add up: a user holding several may do what each allows.
 * Only a registrar writes to the registry, and only for its own party.
 */
// One named schema in the published document, which client generators turn into one type.
@Schema(enumAsRef = true)
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
