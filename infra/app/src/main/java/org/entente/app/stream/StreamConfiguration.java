package org.entente.app.stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.entente.app.EntenteProperties;
import org.entente.app.security.ArrangementVisibility;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live updates: one follower of the event store per instance, and the streams it feeds. */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    AppendSignal appendSignal() {
        return new AppendSignal();
    }

    @Bean
    ChangeFollower changeFollower(CommitLogEventStorageEngine engine, ArrangementVisibility visibility, AppendSignal appends,
                                  EntenteProperties properties, MeterRegistry meters) {
        return new ChangeFollower(engine, visibility, appends, properties.stream(), meters);
    }
}
