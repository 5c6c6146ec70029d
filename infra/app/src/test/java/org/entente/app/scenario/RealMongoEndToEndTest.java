package org.entente.app.scenario;

import org.entente.app.support.DockerAvailable;
import org.entente.app.testing.Api;
import org.entente.app.testing.StartedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same end-to-end scenarios against a real MongoDB 7 replica set in a container. The application is
 * started here rather than shared: it runs on another MongoDB than the shared embedded one. Skipped, with
 * the reason printed on the console, where no Docker engine runs (as on the machines this project is built on).
 */
@ExtendWith(DockerAvailable.class)
class RealMongoEndToEndTest extends EndToEndScenarios {

    private static MongoDBContainer mongo;
    private static StartedApplication application;

    @BeforeAll
    static void startOnRealMongo() {
        mongo = new MongoDBContainer("mongo:7");
        mongo.start();
        application = StartedApplication.onMongoDb(mongo.getReplicaSetUrl("entente"));
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Override
    Api api() {
        return application.api();
    }
}
