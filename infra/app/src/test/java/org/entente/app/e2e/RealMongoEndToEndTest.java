package org.entente.app.e2e;

import org.entente.app.support.DockerAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same end-to-end scenarios against a real MongoDB 7 replica set in a container. Skipped, with a
 * message saying so, where no Docker engine runs (as on the machines this project is built on).
 */
@ExtendWith(DockerAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealMongoEndToEndTest extends EndToEndScenarios {

    private static MongoDBContainer mongo;

    @DynamicPropertySource
    static void realMongo(DynamicPropertyRegistry registry) {
        mongo = new MongoDBContainer("mongo:7");
        mongo.start();
        registry.add("entente.mongodb.uri", () -> mongo.getReplicaSetUrl("entente"));
    }

    @AfterAll
    static void stop() {
        if (mongo != null) {
            mongo.stop();
        }
    }
}
