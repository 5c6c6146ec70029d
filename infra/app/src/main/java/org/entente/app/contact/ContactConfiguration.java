package org.entente.app.contact;

import org.entente.app.EntenteProperties;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.mongo.ReadModelShape;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.contact.ContactIndex;
import org.entente.query.contact.IndexedContactDocuments;
import org.entente.query.contact.ContactQueries;
import org.entente.app.web.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;

import java.time.Clock;

/** The directory of points of contact: its documents, its projection and its queries. */
@Configuration(proxyBeanMethods = false)
class ContactConfiguration {

    @Bean
    CsvTable<ContactController.DirectoryPage> contactsAsCsv() {
        return CsvTable.of(ContactController.DirectoryPage.class, List.of("id", "arrangementId", "party", "role", "office",
                        "person", "channels", "availability", "languages", "designatedOn", "retiredOn", "lastVerifiedAt", "liveness"),
                page -> page.items().stream().map(c -> Arrays.<Object>asList(c.id(), c.arrangementId(), c.party(), c.role(),
                        c.office(), c.person(),
                        c.channels() == null ? null : c.channels().stream().map(ch -> ch.type() + " " + ch.value()).toList(),
                        c.availability() == null ? null : c.availability().always() ? "always"
                                : c.availability().hours() + " " + c.availability().timeZone(),
                        c.languages(), c.designatedOn(), c.retiredOn(), c.lastVerifiedAt(), c.liveness())).toList());
    }

    /** The stored documents, with every read model derived from them kept in step (a party's contacts, for the dashboard). */
    @Bean
    ContactDocuments contactDocuments(ReadModelCollections collections, List<ContactIndex> derived) {
        return new IndexedContactDocuments(new MongoContactDocuments(collections), derived);
    }

    /**
     * Shape 3: each party's contacts are kept beside the documents (shape 2), with the days they are in effect and
     * their latest checks, by which a scorecard of today judges them.
     */
    @Bean
    ReadModelShape contactDirectoryShape() {
        return new ReadModelShape(ContactDirectoryProjection.PROCESSING_GROUP, 3);
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
