package org.entente.app.mongo;

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
    ArrangementDocuments arrangementDocuments(MongoDatabase database, QueryIndexes indexes) {
        return new MongoArrangementDocuments(database, indexes);
    }

    @Bean
    PartyLedger partyLedger(MongoDatabase database) {
        return new MongoPartyLedger(database);
    }

    @Bean
    ContactDocuments contactDocuments(MongoDatabase database, QueryIndexes indexes) {
        return new MongoContactDocuments(database, indexes);
    }

    @Bean
    CheckDocuments checkDocuments(MongoDatabase database, QueryIndexes indexes) {
        return new MongoCheckDocuments(database, indexes);
    }

    @Bean
    PaperDocuments paperDocuments(MongoDatabase database, QueryIndexes indexes) {
        return new MongoPaperDocuments(database, indexes);
    }

    @Bean
    PaperContentStore paperContentStore(MongoDatabase database) {
        return new PaperContentStore(database);
    }
}
