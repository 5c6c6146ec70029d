package org.entente.api.rules;

/**
 * Command metadata naming the party on whose behalf a command is sent. Commands where a party acts for
 * itself (designating its contacts, answering checks of them, handing over and acknowledging papers)
 * are refused when it names another party. Absent, the command comes from the registry itself.
 */
public final class Acting {

    public static final String PARTY = "actingParty";

    private Acting() {
    }
}
