package org.entente.app.paper;

import com.mongodb.client.MongoDatabase;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.paper.PaperProjection;
import org.entente.query.paper.PaperQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Doctrine papers: their documents, projection and queries, and the store of their content. */
@Configuration(proxyBeanMethods = false)
class PaperConfiguration {

    @Bean
    PaperDocuments paperDocuments(ReadModelCollections collections) {
        return new MongoPaperDocuments(collections);
    }

    @Bean
    PaperContentStore paperContentStore(MongoDatabase database) {
        return new PaperContentStore(database);
    }

    @Bean
    PaperProjection paperProjection(PaperDocuments documents) {
        return new PaperProjection(documents);
    }

    @Bean
    PaperQueries paperQueries(PaperDocuments documents) {
        return new PaperQueries(documents);
    }
}
