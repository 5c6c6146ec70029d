package org.entente.app.mongo;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * One collection of a projection's read model, by its name, whatever generation of it is in use: every
 * access asks {@link #current()} anew, so a rebuild that switches the projection to a new generation reaches
 * every store at once. Keep the handle, never the {@link MongoCollection} it answers.
 */
public final class ReadModelCollection {

    private final ReadModelCollections generations;
    private final String processingGroup;
    private final String name;

    ReadModelCollection(ReadModelCollections generations, String processingGroup, String name) {
        this.generations = generations;
        this.processingGroup = processingGroup;
        this.name = name;
    }

    /**
     * The physical collection to use now: the generation readers read, or, for the projection's own handlers
     * while it rebuilds, the generation being built.
     */
    public MongoCollection<Document> current() {
        return generations.resolve(processingGroup, name);
    }

    public String name() {
        return name;
    }

    public String processingGroup() {
        return processingGroup;
    }
}
