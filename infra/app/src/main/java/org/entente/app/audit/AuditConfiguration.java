package org.entente.app.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.entente.api.rules.Acting;
import org.entente.app.EntenteProperties;
import org.entente.eventstore.StreamChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every event carries who recorded it, for which party, and the correlation and causation of the
 * command that caused it. Commands get their recorder when dispatched; Axon copies the command's
 * metadata named here into the events the command applies.
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
    ConfigurerModule recorderOnEveryCommand(EntenteProperties properties) {
        String defaultRecorder = properties.audit().defaultRecorder();
        MessageDispatchInterceptor<CommandMessage<?>> recorder = new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.getMetaData().containsKey(Recorder.METADATA) ? command
                        : command.andMetaData(Map.of(Recorder.METADATA, Recorder.ofCurrentRequest().orElse(defaultRecorder)));
            }
        };
        return configurer -> configurer.onInitialize(axon -> axon.onStart(() -> axon.commandBus().registerDispatchInterceptor(recorder)));
    }
}
