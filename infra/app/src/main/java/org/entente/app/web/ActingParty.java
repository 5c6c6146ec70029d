package org.entente.app.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    /** @return the version the aggregate reached, which the client names as {@code minVersion} to read its write */
    public static long send(CommandGateway commands, Object command, String actingParty) {
        PartyParameters.requireKnown(HEADER, actingParty);
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Acting.PARTY, actingParty));
        return commands.<Long>sendAndWait(message);
    }
}
