package org.entente.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.testing.Api;
import org.entente.app.testing.RefoldedRegistry;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.query.arrangement.ArrangementProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.status;

/**
 * A rebuild leaves no gap for readers: while the arrangement views are rebuilt, single reads and list reads
 * running alongside answer exactly what they answered before the rebuild, never a 404 or a shorter list; once
 * readers are switched to the rebuilt generation it holds every arrangement. The registry is filled with
 * copies of the 2011 joint statement stored straight into the event store, so the rebuild runs for a while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlueGreenRebuildTest {

    private static final int ARRANGEMENTS = 120;
    private static final int EVENTS_EACH = 8;
    private static final String LIST = "/api/arrangements?size=100&q="
            + URLEncoder.encode(UsRussia2011.TITLE, StandardCharsets.UTF_8);

    private final StartedApplication registry = RefoldedRegistry.application();
    private final CommitLogEventStorageEngine engine = registry.bean(CommitLogEventStorageEngine.class);
    private final ReadModelCollections collections = registry.bean(ReadModelCollections.class);

    private final List<String> arrangementIds = new ArrayList<>();
    private Api auditor;
    private Api admin;

    @BeforeAll
    void aRegistryWhoseRebuildTakesAWhile() {
        Api api = registry.api();
        auditor = api;
        admin = api.signedInAs(Users.ADMIN);
        arrangementIds.addAll(PrefilledStatements.store(engine, "blue-green-", ARRANGEMENTS, EVENTS_EACH));
        await("the arrangement views have folded the prefilled registry").atMost(Duration.ofSeconds(240)).until(() ->
                collections.active("arrangement_views").countDocuments(Filters.in("_id", arrangementIds)) == ARRANGEMENTS
                        && arrangementViews().get("lag").asLong() == 0);
    }

    @Test
    void readers_during_a_rebuild_get_every_answer_they_got_before_and_then_the_complete_rebuilt_model() throws Exception {
        Map<String, JsonNode> singlesBefore = new LinkedHashMap<>();
        List<String> sample = new ArrayList<>(arrangementIds);
        Collections.shuffle(sample);
        for (String id : sample.subList(0, 60)) {
            singlesBefore.put(id, ok(auditor.get("/api/arrangements/" + id)).json());
        }
        JsonNode listBefore = ok(auditor.get(LIST)).json();
        assertThat(listBefore.get("items")).hasSize(100);
        long generationBefore = arrangementViews().get("generation").asLong();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger listReads = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            running.add(readers.submit(() -> {
                while (rebuilding.get()) {
                    String id = sample.get(ThreadLocalRandom.current().nextInt(singlesBefore.size()));
                    Api.Reply reply = auditor.get("/api/arrangements/" + id);
                    reads.incrementAndGet();
                    if (reply.status() != 200 || !reply.json().equals(singlesBefore.get(id))) {
                        wrong.add(id + " answered " + reply.status() + ": " + reply.body());
                    }
                }
            }));
        }
        running.add(readers.submit(() -> {
            while (rebuilding.get()) {
                Api.Reply reply = auditor.get(LIST);
                listReads.incrementAndGet();
                if (reply.status() != 200 || !reply.json().equals(listBefore)) {
                    wrong.add("the list answered " + reply.status() + " with "
                            + (reply.status() == 200 ? reply.json().get("items").size() + " items, total " + reply.json().get("total") : reply.body()));
                }
            }
        }));

        JsonNode started = status(202, admin.post("/api/admin/projections/" + ArrangementProjection.PROCESSING_GROUP + "/rebuild", "")).json();
        assertThat(started.get("rebuilding").asBoolean()).isTrue();
        String written = writtenAndReadDuringTheRebuild();
        await("the rebuilt generation is switched to").atMost(Duration.ofSeconds(480)).pollInterval(Duration.ofMillis(100))
                .until(() -> !arrangementViews().get("rebuilding").asBoolean());
        rebuilding.set(false);
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();

        assertThat(wrong).as("reads during the rebuild that differ from before it").isEmpty();
        assertThat(reads.get()).as("single reads during the rebuild").isPositive();
        assertThat(listReads.get()).as("list reads during the rebuild").isPositive();
        JsonNode after = arrangementViews();
        assertThat(after.get("generation").asLong()).isEqualTo(generationBefore + 1);
        assertThat(after.get("lag").asLong()).isZero();
        assertThat(collections.active("arrangement_views").countDocuments(Filters.in("_id", arrangementIds)))
                .as("every arrangement in the rebuilt generation").isEqualTo(ARRANGEMENTS);
        singlesBefore.forEach((id, view) -> assertThat(ok(auditor.get("/api/arrangements/" + id)).json()).isEqualTo(view));
        assertThat(ok(auditor.get(LIST)).json()).isEqualTo(listBefore);
        assertThat(ok(auditor.get("/api/arrangements/" + written + "?minVersion=1")).json().get("version").asLong()).isEqualTo(1);
    }

    /**
     * An arrangement recorded while the views are rebuilt is not in the generation readers read until the switch:
     * a read that waits for it is told at once to come back later, rather than kept waiting in vain.
     */
    private String writtenAndReadDuringTheRebuild() {
        String id = Unique.id(WatchAndWarning.ID);
        created(auditor.as("USA").post("/api/arrangements", WatchAndWarning.json(id)));
        Api.Reply read = auditor.get("/api/arrangements/" + id + "?minVersion=1");
        if (arrangementViews().get("rebuilding").asBoolean()) {
            assertThat(read.status()).as(read.body()).isEqualTo(503);
            assertThat(read.header("Retry-After")).isEqualTo("5");
        }
        return id;
    }

    private JsonNode arrangementViews() {
        for (JsonNode projection : ok(admin.get("/api/admin/projections")).json()) {
            if (projection.get("name").asText().equals(ArrangementProjection.PROCESSING_GROUP)) {
                return projection;
            }
        }
        throw new AssertionError("No projection " + ArrangementProjection.PROCESSING_GROUP);
    }
}
