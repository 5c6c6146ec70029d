package org.entente.app.commitment;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commitment events stored under an older revision are read as the current record. Stored events are
 * never rewritten (their hashes bind them); they are lifted to the current shape each time they are read,
 * while history, export and the integrity check show them as stored.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentConfiguration {

    @Bean
    EventUpcaster commitmentAddedRevision2() {
        return new CommitmentAddedRevision2();
    }

    @Bean
    EventUpcaster commitmentDeadlineMovedRevision2() {
        return new CommitmentDeadlineMovedRevision2();
    }
}
