package org.entente.app.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.entente.app.support.Await;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.check.CheckProjection;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.paper.PaperProjection;
import org.entente.query.party.PartyLedgerProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.MULTILATERAL;
import static org.entente.app.support.RealArrangements.MULTILATERAL_PARTIES;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;
import static org.entente.app.support.RealArrangements.multilateral;

/** Read models are disposable: a projection reset and rebuilt from the events comes out exactly the same. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayTest {

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-replay");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoDatabase database;

    @Test
    void rebuilt_projections_equal_the_documents_before_the_reset() {
        Http http = new Http(port);
        http.post("/api/arrangements", bilateral());
        http.post("/api/arrangements/" + BILATERAL + "/commitments",
                commitment("crisis-link", "24/7 crisis link", "COMMUNICATION_LINK", "\"USA\", \"RUS\"", "2011-12-31"));
        http.post("/api/arrangements/" + BILATERAL + "/commitments/crisis-link/deadline",
                "{\"dueBy\": \"2012-03-31\", \"reason\": \"Technical set-up\"}");
        http.post("/api/arrangements/" + BILATERAL + "/status",
                "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2014-03-01\", \"reason\": \"Contacts frozen\"}");
        http.post("/api/arrangements", multilateral());
        http.post("/api/arrangements/" + MULTILATERAL + "/commitments", commitment("share-pocs", "Share points of contact",
                "POINT_OF_CONTACT", "\"" + String.join("\", \"", MULTILATERAL_PARTIES) + "\"", null));
        Http.Response designated = http.as("USA").post("/api/arrangements/" + BILATERAL + "/contacts", """
                {"id": "us-hotline", "party": "USA", "role": "HOTLINE_24_7", "office": "Situation room",
                 "channels": [{"type": "PHONE", "value": "+12025550100"}], "availability": {"always": true},
                 "effectiveOn": "2011-07-01"}
                """);
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        Http.Response updated = http.as("USA").patch("/api/arrangements/" + BILATERAL + "/contacts/us-hotline",
                "{\"channels\": [{\"type\": \"PHONE\", \"value\": \"+12025550199\"}], \"effectiveOn\": \"2012-03-01\"}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        Http.Response paper = http.as("RUS").post("/api/arrangements/" + BILATERAL + "/papers", """
                {"id": "ru-views", "fromParty": "RUS", "title": "Views", "subject": "doctrine", "language": "ru",
                 "marking": "UNCLASSIFIED", "submittedOn": "2011-11-14", "sha256": "%s"}
                """.formatted("ab".repeat(32)));
        assertThat(paper.status()).as(paper.toString()).isEqualTo(201);
        assertThat(http.as("USA").post("/api/arrangements/" + BILATERAL + "/papers/ru-views/acknowledgements",
                "{\"party\": \"USA\", \"receivedOn\": \"2011-11-20\"}").status()).isEqualTo(200);
        Http.Response check = http.as("RUS").post("/api/arrangements/" + BILATERAL + "/contacts/us-hotline/checks",
                "{\"fromParty\": \"RUS\"}");
        assertThat(check.status()).as(check.toString()).isEqualTo(201);
        Http.Response answered = http.as("USA").post("/api/checks/" + check.json().get("id").asText() + "/answer",
                "{\"answeredAt\": \"" + Instant.now() + "\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(http.get("/api/arrangements/" + BILATERAL + "?minVersion=10").status()).isEqualTo(200);
        Await.until("papers and checks are projected", Duration.ofSeconds(10),
                () -> documents("doctrine_papers").size() == 1 && documents("communication_checks").size() == 1
                        && "ANSWERED".equals(documents("communication_checks").get(0).getString("status"))
                        && documents("doctrine_papers").get(0).get("acknowledgements", Document.class).size() == 1);
        assertThat(http.get("/api/arrangements/" + MULTILATERAL + "?minVersion=2").status()).isEqualTo(200);
        Await.until("the party ledger has every obligation", Duration.ofSeconds(10),
                () -> database.getCollection("party_ledger").countDocuments() == MULTILATERAL_PARTIES.length + 1);

        Await.until("the contact directory has both versions and the answered check", Duration.ofSeconds(10),
                () -> documents("contact_directory").size() == 1
                        && documents("contact_directory").get(0).getList("versions", Document.class).size() == 2
                        && documents("contact_directory").get(0).getList("checks", Document.class).size() == 1);
        List<Document> viewsBefore = documents("arrangement_views");
        List<Document> contactsBefore = documents("contact_directory");
        List<Document> papersBefore = documents("doctrine_papers");
        List<Document> checksBefore = documents("communication_checks");
        List<Document> ledgerBefore = documents("party_ledger");
        // Damage the read models first, so only a real rebuild from the events can make them equal again.
        database.getCollection("arrangement_views").updateOne(Filters.eq("_id", BILATERAL), Updates.set("title", "damaged"));
        database.getCollection("party_ledger").deleteOne(Filters.eq("_id", "RUS"));
        database.getCollection("contact_directory").deleteMany(new Document());
        database.getCollection("doctrine_papers").deleteMany(new Document());
        database.getCollection("communication_checks").deleteMany(new Document());

        rebuild(ArrangementProjection.PROCESSING_GROUP);
        rebuild(PartyLedgerProjection.PROCESSING_GROUP);
        rebuild(ContactDirectoryProjection.PROCESSING_GROUP);
        rebuild(PaperProjection.PROCESSING_GROUP);
        rebuild(CheckProjection.PROCESSING_GROUP);

        Await.until("arrangement views are rebuilt", Duration.ofSeconds(20),
                () -> documents("arrangement_views").equals(viewsBefore));
        Await.until("the party ledger is rebuilt", Duration.ofSeconds(20),
                () -> documents("party_ledger").equals(ledgerBefore));
        assertThat(documents("arrangement_views")).isEqualTo(viewsBefore);
        assertThat(documents("party_ledger")).isEqualTo(ledgerBefore);
        Await.until("the contact directory is rebuilt", Duration.ofSeconds(20),
                () -> documents("contact_directory").equals(contactsBefore));
        Await.until("the papers are rebuilt", Duration.ofSeconds(20), () -> documents("doctrine_papers").equals(papersBefore));
        Await.until("the checks are rebuilt", Duration.ofSeconds(20), () -> documents("communication_checks").equals(checksBefore));
        assertThat(documents("doctrine_papers")).isEqualTo(papersBefore);
        assertThat(documents("communication_checks")).isEqualTo(checksBefore);
        assertThat(processor(ArrangementProjection.PROCESSING_GROUP).isRunning()).isTrue();
    }

    private void rebuild(String processingGroup) {
        TrackingEventProcessor processor = processor(processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private TrackingEventProcessor processor(String processingGroup) {
        return processing.eventProcessor(processingGroup, TrackingEventProcessor.class).orElseThrow();
    }

    private List<Document> documents(String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
