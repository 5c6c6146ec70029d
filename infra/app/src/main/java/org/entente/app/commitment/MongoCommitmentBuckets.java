package org.entente.app.commitment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
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
 * Commitment buckets in {@code commitment_buckets} ({@code _id} scope|day#shard, rows and their marks under
 * their keys) and their directories in {@code commitment_days} ({@code _id} the scope, the parts of days with
 * their tallies). An update reads only the marks of the buckets it changes.
 * Every read and write names documents by {@code _id}; a row is set with {@code $set} on its own field,
 * so a bucket is never rewritten whole by the client.
 */
final class MongoCommitmentBuckets implements CommitmentBuckets {

    static final String BUCKETS = "commitment_buckets";
    static final String DIRECTORIES = "commitment_days";
    private static final String ROWS = "rows";
    private static final String DAYS = "days";
    private static final String MARKS = "marks";

    private final ReadModelCollection buckets;
    private final ReadModelCollection directories;
    private final DocumentMapper mapper = new DocumentMapper();

    /** Written by the arrangement views' projection, as each arrangement document is stored, so rebuilt with it. */
    MongoCommitmentBuckets(ReadModelCollections collections) {
        this.buckets = collections.collection(ArrangementProjection.PROCESSING_GROUP, BUCKETS);
        this.directories = collections.collection(ArrangementProjection.PROCESSING_GROUP, DIRECTORIES);
    }

    @Override
    public void put(Map<String, List<CommitmentRow>> rowsByBucket) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        rowsByBucket.forEach((bucket, rows) -> {
            List<Bson> sets = new ArrayList<>();
            for (CommitmentRow row : rows) {
                Document stored = mapper.toDocument(row.key(), row);
                stored.remove("_id");
                sets.add(Updates.set(ROWS + "." + row.key(), stored));
                sets.add(Updates.set(MARKS + "." + row.key(), row.mark()));
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", bucket), Updates.combine(sets), new UpdateOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            buckets.current().bulkWrite(writes);
        }
    }

    @Override
    public void tally(Map<String, Map<String, Map<String, Integer>>> talliesByScope) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        talliesByScope.forEach((scope, days) -> {
            List<Bson> sets = new ArrayList<>();
            days.forEach((day, counts) -> sets.add(Updates.set(DAYS + "." + day, new Document(new LinkedHashMap<>(counts)))));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", scope), Updates.combine(sets), new UpdateOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            directories.current().bulkWrite(writes);
        }
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
    public Map<String, Map<String, String>> marks(Collection<String> bucketIds) {
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        if (bucketIds.isEmpty()) {
            return found;
        }
        buckets.current().find(Filters.in("_id", bucketIds)).projection(Projections.include(MARKS)).batchSize(Math.min(bucketIds.size(), 100))
                .forEach(bucket -> {
                    Map<String, String> marks = new LinkedHashMap<>();
                    if (bucket.get(MARKS) instanceof Document stored) {
                        stored.forEach((key, mark) -> marks.put(key, (String) mark));
                    }
                    found.put(bucket.getString("_id"), marks);
                });
        return found;
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
