package org.entente.app.operations;

import org.entente.app.mongo.ReadModelCollections;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-model documents that belong to a test's own arrangements, in a registry other tests share:
 * what a rebuild must give back exactly, whatever the other tests' documents are doing meanwhile. Read from the
 * generation readers read.
 */
final class ReadModels {

    /** Each projection and the collection it keeps. */
    static final Map<String, String> COLLECTIONS = Map.of(
            "arrangement-views", "arrangement_views",
            "contact-directory", "contact_directory",
            "papers", "doctrine_papers",
            "checks", "communication_checks");

    /** What a replay must give back as it was: each projection's documents, and the commitment buckets derived beside the views. */
    static final List<String> COMPARED = java.util.stream.Stream.concat(COLLECTIONS.values().stream(),
            java.util.stream.Stream.of("commitment_buckets")).sorted().toList();

    private final ReadModelCollections collections;
    private final Set<String> arrangementIds;

    ReadModels(ReadModelCollections collections, Collection<String> arrangementIds) {
        this.collections = collections;
        this.arrangementIds = new HashSet<>(arrangementIds);
    }

    /**
     * The collection's documents about the arrangements, by id: an arrangement's view, its contacts, papers and
     * checks. A commitment bucket holds rows of every test, so only its rows of these arrangements are kept.
     */
    List<Document> of(String collection) {
        List<Document> own = new ArrayList<>();
        for (Document document : collections.active(collection).find(candidates(collection)).sort(Sorts.ascending("_id"))
                .batchSize(500)) {
            if (collection.equals("commitment_buckets")) {
                Document rows = new Document();
                document.get("rows", Document.class).forEach((key, row) -> {
                    if (arrangementIds.contains(((Document) row).getString("arrangementId"))) {
                        rows.put(key, row);
                    }
                });
                if (!rows.isEmpty()) {
                    own.add(new Document("_id", document.get("_id")).append("rows", rows));
                }
            } else if (concernsOne(document)) {
                own.add(document);
            }
        }
        return own;
    }

    /** Narrows the scan where the documents name their arrangement in a field; papers are told by their key. */
    private Bson candidates(String collection) {
        return switch (collection) {
            case "arrangement_views" -> Filters.in("_id", arrangementIds);
            case "contact_directory", "communication_checks" -> Filters.in("arrangementId", arrangementIds);
            default -> new Document();
        };
    }

    private boolean concernsOne(Document document) {
        String id = String.valueOf(document.get("_id"));
        // Contacts and papers are keyed "arrangementId/id"; checks name their arrangement.
        String arrangementId = document.get("arrangementId") instanceof String named ? named : null;
        return arrangementIds.contains(id) || id.contains("/") && arrangementIds.contains(id.substring(0, id.indexOf('/')))
                || arrangementId != null && arrangementIds.contains(arrangementId);
    }
}
