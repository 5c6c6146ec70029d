package org.entente.app.operations;

import org.entente.app.EntenteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Running the registry: a rebuild in progress reports to the log at the configured interval. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    SchedulingConfigurer rebuildProgressLog(ProjectionAdminController projections, EntenteProperties properties) {
        return registrar -> registrar.addFixedDelayTask(projections::logProgress, properties.projections().progressLogInterval());
    }
}
