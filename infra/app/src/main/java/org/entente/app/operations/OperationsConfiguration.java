package org.entente.app.operations;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.entente.app.EntenteProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.util.Optional;

/**
 * Running the registry: a rebuild in progress reports to the log at the configured interval; readiness
 * covers the database and the projections; one line at start-up says what runs where.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    SchedulingConfigurer rebuildProgressLog(ProjectionAdminController projections, EntenteProperties properties) {
        return registrar -> registrar.addFixedDelayTask(projections::logProgress, properties.projections().progressLogInterval());
    }

    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoHealth(database);
    }

    @Bean
    HealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealth(processing);
    }

    @Bean
    ActuatorProblems actuatorProblems() {
        return new ActuatorProblems();
    }

    @Bean
    StartupLine startupLine(EntenteProperties properties, Optional<BuildProperties> build) {
        return new StartupLine(properties, build);
    }
}
