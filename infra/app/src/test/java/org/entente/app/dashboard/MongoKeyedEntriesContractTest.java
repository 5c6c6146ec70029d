package org.entente.app.dashboard;

import com.mongodb.client.MongoClient;
import org.entente.app.mongo.TestMongo;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.dashboard.AddressedPaper;
import org.entente.query.dashboard.ArrangementMonth;
import org.entente.query.dashboard.KeyedEntries;
import org.entente.query.dashboard.KeyedEntriesContract;
import org.entente.query.paper.PaperProjection;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's keyed entries on MongoDB keep the promises of their port, each test on a database of its own. */
@EntenteApplicationTest
class MongoKeyedEntriesContractTest implements KeyedEntriesContract {

    @Autowired
    MongoClient client;

    @Override
    public KeyedEntries<ArrangementMonth> emptyMonths() {
        return new MongoKeyedEntries<>(TestMongo.readModels(client.getDatabase(Unique.id("contract"))),
                ArrangementProjection.PROCESSING_GROUP, DashboardConfiguration.MONTHS, ArrangementMonth.class);
    }

    @Override
    public KeyedEntries<AddressedPaper> emptyPapers() {
        return new MongoKeyedEntries<>(TestMongo.readModels(client.getDatabase(Unique.id("contract"))),
                PaperProjection.PROCESSING_GROUP, DashboardConfiguration.PARTY_PAPERS, AddressedPaper.class);
    }
}
