package org.entente.infra.mongo;

import com.mongodb.client.MongoDatabase;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.check.CheckDocuments;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.party.PartyLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read side's storage ports, implemented on MongoDB. */
@Configuration(proxyBeanMethods = false)
public class ReadModelStoreConfiguration {

    @Bean
    ArrangementDocuments arrangementDocuments(MongoDatabase database) {
        return new MongoArrangementDocuments(database);
    }

    @Bean
    PartyLedger partyLedger(MongoDatabase database) {
        return new MongoPartyLedger(database);
    }

    @Bean
    ContactDocuments contactDocuments(MongoDatabase database) {
        return new MongoContactDocuments(database);
    }

    @Bean
    CheckDocuments checkDocuments(MongoDatabase database) {
        return new MongoCheckDocuments(database);
    }

    @Bean
    PaperDocuments paperDocuments(MongoDatabase database) {
        return new MongoPaperDocuments(database);
    }

    @Bean
    PaperContentStore paperContentStore(MongoDatabase database) {
        return new PaperContentStore(database);
    }
}
