package org.entente.app.party;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.query.party.PartyLedger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One document per party code in {@code party_ledger}: {@code {_id: "USA", arrangements: [...]}}. */
final class MongoPartyLedger implements PartyLedger {

    static final String COLLECTION = "party_ledger";

    private final MongoCollection<Document> collection;

    MongoPartyLedger(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void recordObligation(String party, String arrangementId) {
        collection.updateOne(Filters.eq("_id", party), Updates.addToSet("arrangements", arrangementId),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Set<String> arrangementsOwedBy(String party) {
        Document document = collection.find(Filters.eq("_id", party)).first();
        if (document == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(document.getList("arrangements", String.class, List.of()));
    }

    @Override
    public void deleteAll() {
        collection.deleteMany(new Document());
    }
}
