package org.entente.app.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.entente.api.rules.Acting;
import org.entente.app.EntenteProperties;
import org.entente.app.security.SignedInUser;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.eventstore.StreamChain;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every event carries who recorded it, for which party, and the correlation and causation of the
 * command that caused it. Commands get both from the signed-in user when dispatched (never from what a
 * client says of itself); Axon copies the command's metadata named here into the events the command
 * applies. A command dispatched by the registry itself (the check sweeper) acts for no party.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(Recorder.METADATA, Acting.PARTY);
    }

    /** The hash chain the event store keeps over every stream: the one the standalone verifier recomputes. */
    @Bean
    StreamChain auditChain() {
        return AuditChain.INSTANCE;
    }

    @Bean
    StoredHistory storedHistory(CommitLogEventStorageEngine engine) {
        return new StoredHistory(engine);
    }

    @Bean
    ConfigurerModule recorderOnEveryCommand(EntenteProperties properties) {
        String defaultRecorder = properties.audit().defaultRecorder();
        MessageDispatchInterceptor<CommandMessage<?>> recorder = new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, command) -> withIdentity(command, defaultRecorder);
            }
        };
        return configurer -> configurer.onInitialize(axon -> axon.onStart(() -> axon.commandBus().registerDispatchInterceptor(recorder)));
    }

    private static CommandMessage<?> withIdentity(CommandMessage<?> command, String defaultRecorder) {
        Optional<SignedInUser> user = SignedInUser.current();
        if (user.isPresent()) {
            return command.andMetaData(identityOf(user.get()));
        }
        return command.getMetaData().containsKey(Recorder.METADATA) ? command
                : command.andMetaData(Map.of(Recorder.METADATA, defaultRecorder));
    }

    /** Only registrars write, and a registrar always acts for a party: a signed-in command without one is refused. */
    private static Map<String, Object> identityOf(SignedInUser user) {
        if (user.actingParty().isEmpty()) {
            throw new AccessDeniedException("Only a registrar records, and only for its own party");
        }
        Map<String, Object> identity = new HashMap<>();
        identity.put(Recorder.METADATA, user.name());
        user.actingParty().ifPresent(party -> identity.put(Acting.PARTY, party));
        return identity;
    }
}
