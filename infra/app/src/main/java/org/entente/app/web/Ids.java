package org.entente.app.web;

import java.util.UUID;

/** Client-chosen ids are allowed so that a retried create is safe; without one the server assigns a UUID. */
public final class Ids {

    /** Letters, digits and {@code . _ ~ -}, so an id can stand in a URL path unescaped. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._~-]{0,79}$";

    private Ids() {
    }

    public static String orNew(String chosen) {
        return chosen != null ? chosen : UUID.randomUUID().toString();
    }
}
