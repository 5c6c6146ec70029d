package org.entente.app.party;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.app.mongo.ReadModelCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.party.PartyLedger;
import org.entente.query.party.PartyLedgerProjection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One document per party code in {@code party_ledger}: {@code {_id: "USA", arrangements: [...]}}. */
final class MongoPartyLedger implements PartyLedger {

    static final String COLLECTION = "party_ledger";

    private final ReadModelCollection ledger;

    MongoPartyLedger(ReadModelCollections collections) {
        this.ledger = collections.collection(PartyLedgerProjection.PROCESSING_GROUP, COLLECTION);
    }

    @Override
    public void recordObligation(String party, String arrangementId) {
        ledger.current().updateOne(Filters.eq("_id", party), Updates.addToSet("arrangements", arrangementId),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Set<String> arrangementsOwedBy(String party) {
        Document document = ledger.current().find(Filters.eq("_id", party)).first();
        if (document == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(document.getList("arrangements", String.class, List.of()));
    }

    @Override
    public void deleteAll() {
        ledger.current().deleteMany(new Document());
    }
}
