package org.entente.app.web.idempotency;

import com.mongodb.client.MongoDatabase;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.QueryIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.time.Clock;

/**
 * Idempotency keys: their records in MongoDB, the filter that honours them (a filter bean of default order,
 * so it runs after the security filters and knows the user), and the removal of expired records. Only an
 * instance that serves HTTP has them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    IdempotencyRecords idempotencyRecords(MongoDatabase database, QueryIndexes indexes) {
        return new MongoIdempotencyRecords(database, indexes);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyRecords records, Clock clock, EntenteProperties properties,
                                        @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        return new IdempotencyFilter(records, clock, properties.idempotency(), problems);
    }

    @Bean
    SchedulingConfigurer expiredIdempotencyKeys(IdempotencyRecords records, Clock clock, EntenteProperties properties) {
        return registrar -> registrar.addFixedDelayTask(() -> {
            long purged = records.purgeExpired(clock.instant());
            if (purged > 0) {
                log.debug("Removed {} expired idempotency key(s)", purged);
            }
        }, properties.idempotency().purgeInterval());
    }
}
