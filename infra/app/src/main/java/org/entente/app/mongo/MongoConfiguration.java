package org.entente.app.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.entente.app.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.util.Optional;

/**
 * Connects the official MongoDB driver either to the MongoDB named by {@code entente.mongodb.uri}
 * (or Boot's {@code spring.mongodb.uri}), or to an embedded server this application starts itself.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /** Owns the embedded server, if any, so it is closed after the client that uses it. */
    static final class MongoConnection implements AutoCloseable {
        private final MongoClient client;
        private final String database;
        private final EmbeddedMongoServer embedded;

        MongoConnection(MongoClient client, String database, EmbeddedMongoServer embedded) {
            this.client = client;
            this.database = database;
            this.embedded = embedded;
        }

        @Override
        public void close() {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(EntenteProperties entente, Environment environment) {
        EntenteProperties.Mongodb properties = entente.mongodb();
        Optional<String> uri = configuredUri(properties, environment);
        if (uri.isPresent()) {
            ConnectionString connectionString = new ConnectionString(uri.get());
            String database = connectionString.getDatabase() != null ? connectionString.getDatabase() : properties.database();
            log.info("MongoDB: external server {} (database '{}'); no embedded server started",
                    connectionString.getHosts(), database);
            return new MongoConnection(MongoClients.create(connectionString), database, null);
        }
        EmbeddedMongoServer embedded = EmbeddedMongoServer.start(properties.embedded());
        try {
            return new MongoConnection(MongoClients.create(embedded.connectionString()), properties.database(), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    @Bean
    QueryIndexes queryIndexes(MongoConnection connection) {
        return QueryIndexes.forServer(connection.embedded != null);
    }

    /** Abandons, before any projection runs, a rebuild that a stop interrupted before its replay began. */
    @Bean
    ReadModelCollections readModelCollections(MongoDatabase database, QueryIndexes indexes, Clock clock, EntenteProperties entente) {
        ReadModelCollections collections = new ReadModelCollections(database, indexes, clock,
                entente.projections().generationCheckInterval(), entente.projections().retiredGenerationsKept());
        collections.abandonUnstartedRebuilds();
        return collections;
    }

    /**
     * The connection's client, which the connection closes. Not closed as a bean of its own (Spring would infer its
     * {@code close}): beans that write while they stop, such as the event store releasing the positions it reserved,
     * reach the database through the connection and are stopped before it, but not necessarily before this bean.
     */
    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client;
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.client.getDatabase(connection.database);
    }

    private static Optional<String> configuredUri(EntenteProperties.Mongodb properties, Environment environment) {
        if (properties.uri() != null && !properties.uri().isBlank()) {
            return Optional.of(properties.uri());
        }
        return Optional.ofNullable(environment.getProperty("spring.mongodb.uri")).filter(s -> !s.isBlank());
    }
}
