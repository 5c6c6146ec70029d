package org.entente.archfixture;

import com.mongodb.client.MongoDatabase;

/** A class outside the application and the event store that talks to MongoDB directly. */
public final class ReadModelReachingIntoMongo {

    private final MongoDatabase database;

    public ReadModelReachingIntoMongo(MongoDatabase database) {
        this.database = database;
    }

    public long arrangements() {
        return database.getCollection("arrangements").countDocuments();
    }
}
