package org.entente.app.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.entente.api.party.PartyCodes;
import org.entente.api.rules.Acting;

import java.util.Map;

/**
 * The party a request acts for. Until authentication exists it is named by the {@value #HEADER} header,
 * required on every endpoint where a party acts for itself; it travels with the command as metadata,
 * where the aggregate checks it and where it stays on record.
 */
public final class ActingParty {

    public static final String HEADER = "X-Entente-Party";

    private ActingParty() {
    }

    public static CommandMessage<Object> command(Object command, String actingParty) {
        if (!PartyCodes.isKnown(actingParty)) {
            throw new InvalidParameter(HEADER, "'" + actingParty + "' is not a known party code");
        }
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(Acting.PARTY, actingParty));
    }
}
