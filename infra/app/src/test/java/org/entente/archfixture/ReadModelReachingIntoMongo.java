package org.entente.archfixture;

import com.mongodb.client.MongoDatabase;

/**
 * Deliberately breaks the module rules: a class outside infra that talks to MongoDB directly.
 * It lives in test sources only, so the production import never sees it; ModuleRulesTest imports
 * it explicitly to prove that the rules can fail.
 */
public final class ReadModelReachingIntoMongo {

    private final MongoDatabase database;

    public ReadModelReachingIntoMongo(MongoDatabase database) {
        this.database = database;
    }

    public long arrangements() {
        return database.getCollection("arrangements").countDocuments();
    }
}
