package org.entente.app.operations;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.testing.Api;
import org.entente.app.testing.RefoldedRegistry;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.check.CheckProjection;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.paper.PaperProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.acknowledgement;
import static org.entente.api.fixtures.Requests.contactUpdate;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * Read models are disposable: every projection, reset and replayed from the events, comes out exactly the
 * same. The read models of this test's arrangements are damaged first, so that only a real replay can make
 * them equal again; other tests' documents are replayed too, but only this test's are compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayTest {

    private static final CheckTerms CHECK = UsRussia2011.RUS_CHECKS_USA_HOTLINE;

    private final StartedApplication registry = RefoldedRegistry.application();
    private final EventProcessingConfiguration processing = registry.bean(EventProcessingConfiguration.class);
    private final ReadModelCollections collections = registry.bean(ReadModelCollections.class);

    private final String bilateral = Unique.id(UsRussia2011.ID);
    private final String multilateral = Unique.id(WatchAndWarning.ID);
    private final Map<String, List<Document>> before = new HashMap<>();
    private ReadModels readModels;

    @BeforeAll
    void recordDamageAndReplay() {
        readModels = new ReadModels(collections, List.of(bilateral, multilateral));
        recordBothArrangements();
        awaitEveryReadModelHasFoldedThem();
        ReadModels.COMPARED.forEach(collection -> before.put(collection, readModels.of(collection)));

        collections.active("arrangement_views").updateOne(Filters.eq("_id", bilateral), Updates.set("title", "damaged"));
        collections.active("commitment_buckets").deleteMany(Filters.regex("_id", "^registry\\|"));
        collections.active("contact_directory").deleteMany(Filters.eq("arrangementId", bilateral));
        collections.active("doctrine_papers").deleteMany(Filters.regex("_id", "^" + bilateral + "/"));
        collections.active("communication_checks").deleteMany(Filters.eq("arrangementId", bilateral));
        assertThat(readModels.of("contact_directory")).as("the damage is done").isEmpty();

        for (String group : List.of(ArrangementProjection.PROCESSING_GROUP,
                ContactDirectoryProjection.PROCESSING_GROUP, PaperProjection.PROCESSING_GROUP, CheckProjection.PROCESSING_GROUP)) {
            TrackingEventProcessor processor = processor(group);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
    }

    static Stream<String> collections() {
        return ReadModels.COMPARED.stream();
    }

    @ParameterizedTest
    @MethodSource("collections")
    void a_read_model_replayed_from_the_events_equals_what_it_was_before_the_damage(String collection) {
        await(collection + " is rebuilt").atMost(Duration.ofSeconds(180))
                .untilAsserted(() -> assertThat(readModels.of(collection)).isEqualTo(before.get(collection)));
    }

    @Test
    void the_replayed_projections_keep_running() {
        assertThat(processor(ArrangementProjection.PROCESSING_GROUP).isRunning()).isTrue();
        assertThat(processor(CheckProjection.PROCESSING_GROUP).isRunning()).isTrue();
    }

    /**
     * The joint statement with a moved deadline, both sides' contacts (one changed, one checked), Russia's paper
     * acknowledged, then suspended; and the multilateral arrangement with its one commitment owed by fifteen states.
     */
    private void recordBothArrangements() {
        Api api = registry.api();
        Api usa = api.as("USA");
        String arrangement = "/api/arrangements/" + bilateral;
        created(usa.post("/api/arrangements", UsRussia2011.json(bilateral)));
        created(usa.post(arrangement + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        ok(usa.post(arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id() + "/deadline",
                deadline(UsRussia2011.certExchangeDeadlineMoved())));
        created(usa.post(arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        created(api.as("RUS").post(arrangement + "/contacts", UsRussia2011.RUS_CERT.json()));
        ok(api.as("RUS").patch(arrangement + "/contacts/" + UsRussia2011.RUS_CERT.id(), contactUpdate(UsRussia2011.rusCertUpdated())));
        created(api.as("RUS").post(arrangement + "/papers", paper(UsRussia2011.rusPaperSubmitted())));
        ok(usa.post(arrangement + "/papers/" + UsRussia2011.RUS_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.rusPaperAcknowledged())));
        ok(usa.post(arrangement + "/status", statusChange(UsRussia2011.suspended())));
        String checkId = Stories.answeredCheck(api, bilateral, CHECK);
        created(usa.post("/api/arrangements", WatchAndWarning.json(multilateral)));
        created(usa.post("/api/arrangements/" + multilateral + "/commitments", WatchAndWarning.POINTS_OF_CONTACT.json()));

        ok(api.get(arrangement + "?minVersion=9"));
        ok(api.get("/api/arrangements/" + multilateral + "?minVersion=2"));
        ok(api.get("/api/checks/" + checkId + "?minVersion=2"));
    }

    private void awaitEveryReadModelHasFoldedThem() {
        await("papers, contacts and the commitment buckets have folded every event").untilAsserted(() -> {
            assertThat(readModels.of("doctrine_papers")).singleElement()
                    .satisfies(paper -> assertThat(paper.get("acknowledgements", Document.class)).hasSize(1));
            assertThat(readModels.of("contact_directory")).hasSize(2)
                    .anySatisfy(contact -> assertThat(contact.getList("versions", Document.class)).hasSize(2))
                    .anySatisfy(contact -> assertThat(contact.getList("checks", Document.class)).hasSize(1));
            assertThat(readModels.of("commitment_buckets").stream()
                    .flatMap(bucket -> bucket.get("rows", Document.class).values().stream())
                    .map(row -> ((Document) row).getString("arrangementId") + "/" + ((Document) row).getString("commitmentId"))
                    .distinct()).as("the bilateral commitment and the multilateral one, in their buckets").hasSize(2);
        });
    }

    private TrackingEventProcessor processor(String processingGroup) {
        return processing.eventProcessor(processingGroup, TrackingEventProcessor.class).orElseThrow();
    }
}
