package org.entente.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.testing.Api;
import org.entente.app.testing.RefoldedRegistry;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.acknowledgement;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;
import static org.entente.app.testing.Expect.status;

/**
 * Operators rebuild every projection through the API, watch the progress, and get the same documents back.
 * The registry is filled with a hundred copies of the 2011 joint statement and its commitments, stored
 * straight into the event store, so that a rebuild runs long enough to be watched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildAdminTest {

    private static final int ARRANGEMENTS = 100;
    private static final int EVENTS_EACH = 10;
    private static final CheckTerms CHECK = UsRussia2011.RUS_CHECKS_USA_HOTLINE;

    private final StartedApplication registry = RefoldedRegistry.application();
    private final CommitLogEventStorageEngine engine = registry.bean(CommitLogEventStorageEngine.class);
    private final ReadModelCollections collections = registry.bean(ReadModelCollections.class);

    private final List<String> arrangementIds = new ArrayList<>();
    private ReadModels readModels;
    private Api api;
    private Api admin;

    @BeforeAll
    void aRegistryWorthRebuilding() {
        api = registry.api();
        admin = api.signedInAs(Users.ADMIN);
        arrangementIds.addAll(PrefilledStatements.store(engine, "rebuilt-", ARRANGEMENTS, EVENTS_EACH));
        recordContactsPapersAndChecks();
        readModels = new ReadModels(collections, arrangementIds);
        await("every projection has caught up with the prefilled registry").atMost(Duration.ofSeconds(180)).until(() ->
                collections.active("arrangement_views").countDocuments(Filters.in("_id", arrangementIds)) == arrangementIds.size()
                        && ReadModels.COLLECTIONS.keySet().stream().allMatch(name -> projection(name).get("caughtUp").asBoolean()));
        await("the check is answered in its read model").until(() ->
                readModels.of("communication_checks").stream().anyMatch(d -> "ANSWERED".equals(d.getString("status"))));
    }

    @Test
    void the_listing_names_every_projection() {
        assertThat(ok(admin.get("/api/admin/projections")).json()).extracting(p -> p.get("name").asText())
                .containsExactlyInAnyOrderElementsOf(ReadModels.COLLECTIONS.keySet());
    }

    static Stream<String> projections() {
        return ReadModels.COLLECTIONS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("projections")
    void a_projection_rebuilt_through_the_api_ends_with_the_same_documents(String name) {
        String collection = ReadModels.COLLECTIONS.get(name);
        List<Document> before = readModels.of(collection);
        assertThat(before).as(name + " has documents to rebuild").isNotEmpty();

        JsonNode started = rebuild(name);

        assertThat(started.get("rebuilding").asBoolean()).isTrue();
        assertThat(started.at("/rebuild/total").asLong()).isGreaterThanOrEqualTo((long) ARRANGEMENTS * EVENTS_EACH);
        watchUntilRebuilt(name);
        await(name + " documents are back").atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(readModels.of(collection)).isEqualTo(before));
        assertThat(projection(name).get("lag").asLong()).as(name).isZero();
    }

    @Test
    void the_largest_rebuild_reports_how_far_it_is_how_fast_and_how_long_it_has_left() {
        rebuild("arrangement-views");

        List<JsonNode> progressSeen = watchUntilRebuilt("arrangement-views");

        assertThat(progressSeen).as("progress reported mid-rebuild").anySatisfy(progress -> {
            assertThat(progress.get("processed").asLong()).isPositive().isLessThan(progress.get("total").asLong());
            assertThat(progress.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(progress.get("secondsLeft").isNumber()).isTrue();
        });
    }

    @Test
    void an_unknown_projection_is_not_found() {
        problem(404, admin.post("/api/admin/projections/" + Unique.id("no-such-projection") + "/rebuild", ""));
    }

    private JsonNode rebuild(String name) {
        return status(202, admin.post("/api/admin/projections/" + name + "/rebuild", "")).json();
    }

    /** Polls the listing while the rebuild runs and keeps every progress figure it saw. */
    private List<JsonNode> watchUntilRebuilt(String name) {
        List<JsonNode> seen = new ArrayList<>();
        await(name + " is rebuilt").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode status = projection(name);
            if (status.get("rebuilding").asBoolean()) {
                seen.add(status.get("rebuild"));
                return false;
            }
            return true;
        });
        return seen;
    }

    private JsonNode projection(String name) {
        for (JsonNode projection : ok(admin.get("/api/admin/projections")).json()) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("No projection " + name);
    }

    /** A small real history through HTTP, so the contact, paper and check read models have something to rebuild. */
    private void recordContactsPapersAndChecks() {
        String id = Stories.recorded(api.as("USA"), UsRussia2011.TERMS);
        arrangementIds.add(id);
        String arrangement = "/api/arrangements/" + id;
        created(api.as("USA").post(arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        created(api.as("RUS").post(arrangement + "/papers", paper(UsRussia2011.rusPaperSubmitted())));
        ok(api.as("USA").post(arrangement + "/papers/" + UsRussia2011.RUS_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.rusPaperAcknowledged())));
        Stories.answeredCheck(api, id, CHECK);
    }
}
