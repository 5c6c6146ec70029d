package org.entente.app.operations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.mongo.ReadModelShape;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings stored read models to the shape of this build. The shape of each projection's active model
 * is kept in {@code read_model_shapes}; one older than the build's is rebuilt blue/green at start-up,
 * readers keeping the old model until the new one has caught up, and the new shape is recorded once
 * readers have switched. A model with no shape recorded dates from before shapes were recorded (shape 1);
 * a registry without events has nothing to rebuild and takes the build's shapes at once. A restart
 * during such a rebuild lets it go on rather than starting another.
 */
final class ReadModelShapes {

    private static final Logger log = LoggerFactory.getLogger(ReadModelShapes.class);
    static final String COLLECTION = "read_model_shapes";
    private static final int BEFORE_SHAPES_WERE_RECORDED = 1;

    private final List<ReadModelShape> wanted;
    private final MongoCollection<Document> shapes;
    private final Projections projections;
    private final EventProcessingConfiguration processing;
    private final ReadModelCollections collections;
    private final CommitLogEventStorageEngine engine;
    private final Set<String> upgrading = ConcurrentHashMap.newKeySet();

    ReadModelShapes(List<ReadModelShape> wanted, MongoDatabase database, Projections projections,
                    EventProcessingConfiguration processing, ReadModelCollections collections, CommitLogEventStorageEngine engine) {
        this.wanted = List.copyOf(wanted);
        this.shapes = database.getCollection(COLLECTION);
        this.projections = projections;
        this.processing = processing;
        this.collections = collections;
        this.engine = engine;
    }

    /** At start-up, once the projections run. */
    void upgrade() {
        boolean empty = engine.lastEventPosition() < 0;
        for (ReadModelShape shape : wanted) {
            int stored = storedShape(shape.processingGroup());
            if (stored >= shape.shape()) {
                continue;
            }
            if (empty) {
                record(shape);
                continue;
            }
            if (collections.rebuildOf(shape.processingGroup()).isPresent()) {
                log.info("The read model of {} is being rebuilt to shape {}; readers keep the old one until it has caught up",
                        shape.processingGroup(), shape.shape());
                upgrading.add(shape.processingGroup());
                continue;
            }
            TrackingEventProcessor processor = processing.eventProcessor(shape.processingGroup(), TrackingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("No projection " + shape.processingGroup()));
            log.info("The read model of {} has shape {} and this build reads shape {}: rebuilding it", shape.processingGroup(),
                    stored, shape.shape());
            projections.rebuild(processor, shape.processingGroup());
            // Only once the rebuild is under way: stopping the projection first takes a while, and the schedule would
            // otherwise find no rebuild in that while and record the new shape over the old model.
            upgrading.add(shape.processingGroup());
        }
    }

    /** On the rebuild schedule: an upgrade is recorded once readers have switched to the rebuilt model. */
    void recordFinishedUpgrades() {
        for (ReadModelShape shape : wanted) {
            if (upgrading.contains(shape.processingGroup()) && collections.rebuildOf(shape.processingGroup()).isEmpty()) {
                record(shape);
                upgrading.remove(shape.processingGroup());
                log.info("The read model of {} has shape {} now", shape.processingGroup(), shape.shape());
            }
        }
    }

    int storedShape(String processingGroup) {
        Document stored = shapes.find(Filters.eq("_id", processingGroup)).first();
        return stored == null ? BEFORE_SHAPES_WERE_RECORDED : stored.getInteger("shape", BEFORE_SHAPES_WERE_RECORDED);
    }

    private void record(ReadModelShape shape) {
        shapes.replaceOne(Filters.eq("_id", shape.processingGroup()), new Document(Map.of("_id", shape.processingGroup(),
                "shape", shape.shape())), new ReplaceOptions().upsert(true));
    }
}
