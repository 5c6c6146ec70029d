package org.entente.app.paper;

import com.mongodb.client.MongoDatabase;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.mongo.ReadModelShape;
import org.entente.query.paper.IndexedPaperDocuments;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.paper.PaperIndex;
import org.entente.query.paper.PaperProjection;
import org.entente.query.paper.PaperQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Doctrine papers: their documents, projection and queries, and the store of their content. */
@Configuration(proxyBeanMethods = false)
class PaperConfiguration {

    /** The stored documents, with every read model derived from them kept in step (a party's papers, for the dashboard). */
    @Bean
    PaperDocuments paperDocuments(ReadModelCollections collections, List<PaperIndex> derived) {
        return new IndexedPaperDocuments(new MongoPaperDocuments(collections), derived);
    }

    /** Shape 2: the papers addressed to each party are kept beside the documents. */
    @Bean
    ReadModelShape papersShape() {
        return new ReadModelShape(PaperProjection.PROCESSING_GROUP, 2);
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
