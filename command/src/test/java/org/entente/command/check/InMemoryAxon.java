package org.entente.command.check;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.entente.api.fixtures.Registry;
import org.entente.api.rules.Acting;
import org.entente.command.arrangement.Arrangement;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Both aggregates and the check initiation wired by Axon on an in-memory event store, with the registry's
 * fixed clock as a resource: the initiation reads the arrangement through a real repository, which
 * Axon's aggregate fixture cannot show.
 */
final class InMemoryAxon implements AutoCloseable {

    private final Configuration configuration;

    InMemoryAxon() {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Arrangement.class)
                .configureAggregate(CommunicationCheck.class)
                .registerComponent(Clock.class, c -> Registry.CLOCK)
                .registerCommandHandler(c -> new CheckInitiation(c.repository(Arrangement.class),
                        c.repository(CommunicationCheck.class), c.getComponent(Clock.class)))
                .start();
    }

    /** Sends a command as the registry itself (no acting party) and answers the handler's result. */
    <R> R send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    <R> R sendActingFor(String party, Object command) {
        return configuration.commandGateway()
                .sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(Acting.PARTY, party)));
    }

    <R> R sendWithMetaData(Map<String, ?> metaData, Object command) {
        return configuration.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    List<Object> stream(String aggregateId) {
        return configuration.eventStore().readEvents(aggregateId).asStream().<Object>map(Message::getPayload).toList();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
