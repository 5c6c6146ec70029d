package org.entente.app.commitment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.entente.app.mongo.DocumentMapper;
import org.entente.app.mongo.ReadModelCollection;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.commitment.CommitmentBuckets;
import org.entente.query.commitment.CommitmentRow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commitment buckets in {@code commitment_buckets} ({@code _id} scope|day, rows under their keys) and
 * their directories in {@code commitment_days} ({@code _id} the scope, the days with their tallies).
 * Every read and write names documents by {@code _id}; a row is set with {@code $set} on its own field,
 * so a bucket is never rewritten whole by the client.
 */
final class MongoCommitmentBuckets implements CommitmentBuckets {

    static final String BUCKETS = "commitment_buckets";
    static final String DIRECTORIES = "commitment_days";
    private static final String ROWS = "rows";
    private static final String DAYS = "days";

    private final ReadModelCollection buckets;
    private final ReadModelCollection directories;
    private final DocumentMapper mapper = new DocumentMapper();

    /** Written by the arrangement views' projection, as each arrangement document is stored, so rebuilt with it. */
    MongoCommitmentBuckets(ReadModelCollections collections) {
        this.buckets = collections.collection(ArrangementProjection.PROCESSING_GROUP, BUCKETS);
        this.directories = collections.collection(ArrangementProjection.PROCESSING_GROUP, DIRECTORIES);
    }

    @Override
    public List<CommitmentRow> put(String bucket, CommitmentRow row) {
        Document stored = mapper.toDocument(row.key(), row);
        stored.remove("_id");
        Document after = buckets.current().findOneAndUpdate(Filters.eq("_id", bucket), Updates.set(ROWS + "." + row.key(), stored),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return rowsOf(after);
    }

    @Override
    public void tally(String scope, String day, Map<String, Integer> counts) {
        directories.current().updateOne(Filters.eq("_id", scope), Updates.set(DAYS + "." + day, new Document(new LinkedHashMap<>(counts))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Map<String, Map<String, Integer>> tallies(String scope) {
        Document directory = directories.current().find(Filters.eq("_id", scope)).projection(Projections.include(DAYS)).first();
        Map<String, Map<String, Integer>> tallies = new LinkedHashMap<>();
        if (directory != null) {
            directory.get(DAYS, Document.class).forEach((day, counts) -> {
                Map<String, Integer> byTally = new LinkedHashMap<>();
                ((Document) counts).forEach((tally, n) -> byTally.put(tally, ((Number) n).intValue()));
                tallies.put(day, byTally);
            });
        }
        return tallies;
    }

    @Override
    public Map<String, List<CommitmentRow>> rows(Collection<String> bucketIds) {
        Map<String, List<CommitmentRow>> found = new LinkedHashMap<>();
        if (bucketIds.isEmpty()) {
            return found;
        }
        buckets.current().find(Filters.in("_id", bucketIds)).batchSize(Math.min(bucketIds.size(), 100))
                .forEach(bucket -> found.put(bucket.getString("_id"), rowsOf(bucket)));
        return found;
    }

    @Override
    public void deleteAll() {
        buckets.current().deleteMany(new Document());
        directories.current().deleteMany(new Document());
    }

    private List<CommitmentRow> rowsOf(Document bucket) {
        List<CommitmentRow> rows = new ArrayList<>();
        if (bucket != null && bucket.get(ROWS) instanceof Document stored) {
            stored.values().forEach(row -> rows.add(mapper.fromDocument((Document) row, CommitmentRow.class)));
        }
        return rows;
    }
}
