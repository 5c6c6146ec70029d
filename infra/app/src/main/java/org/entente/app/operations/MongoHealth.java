package org.entente.app.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Whether the registry's database answers: every command and read needs it. Part of readiness. */
final class MongoHealth implements HealthIndicator {

    private final MongoDatabase database;

    MongoHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", database.getName()).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
