package org.entente.app.party;

import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.party.PartyLedger;
import org.entente.query.party.PartyLedgerProjection;
import org.entente.query.party.PartyQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** What each party owes: its ledger of arrangements, kept by a projection, and the query across them. */
@Configuration(proxyBeanMethods = false)
class PartyConfiguration {

    @Bean
    PartyLedger partyLedger(ReadModelCollections collections) {
        return new MongoPartyLedger(collections);
    }

    @Bean
    PartyLedgerProjection partyLedgerProjection(PartyLedger ledger) {
        return new PartyLedgerProjection(ledger);
    }

    @Bean
    PartyQueries partyQueries(PartyLedger ledger, ArrangementDocuments documents, Clock clock) {
        return new PartyQueries(ledger, documents, clock);
    }
}
