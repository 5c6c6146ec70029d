package org.entente.app.contact;

import org.entente.app.EntenteProperties;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.contact.ContactQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The directory of points of contact: its documents, its projection and its queries. */
@Configuration(proxyBeanMethods = false)
class ContactConfiguration {

    @Bean
    ContactDocuments contactDocuments(ReadModelCollections collections) {
        return new MongoContactDocuments(collections);
    }

    @Bean
    ContactDirectoryProjection contactDirectoryProjection(ContactDocuments documents) {
        return new ContactDirectoryProjection(documents);
    }

    @Bean
    ContactQueries contactQueries(ContactDocuments documents, Clock clock, EntenteProperties properties) {
        return new ContactQueries(documents, clock, properties.checks().verifiedFor());
    }
}
