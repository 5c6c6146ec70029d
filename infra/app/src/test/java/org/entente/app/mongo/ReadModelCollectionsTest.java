package org.entente.app.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.entente.app.testing.MovableClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generations of read models: what readers and a projection's own handlers see before, during and after
 * a rebuild, and after a restart in the middle of one.
 */
class ReadModelCollectionsTest {

    private static final String VIEWS = "arrangement-views";
    private static final String LEDGER = "party-ledger";

    @AutoClose
    private final TestMongo mongo = TestMongo.start(false);
    private final MongoDatabase database = mongo.database();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void before_any_rebuild_readers_and_the_projection_use_the_collection_of_the_plain_name() throws Exception {
        ReadModelCollection views = collections().collection(VIEWS, "arrangement_views");

        assertThat(views.current().getNamespace().getCollectionName()).isEqualTo("arrangement_views");
        assertThat(ReadModelCollections.foldingFor(VIEWS, () -> views.current().getNamespace().getCollectionName()))
                .isEqualTo("arrangement_views");
    }

    @Test
    void during_a_rebuild_the_projection_fills_a_new_generation_while_readers_keep_the_complete_one() throws Exception {
        ReadModelCollections collections = collections();
        ReadModelCollection views = collections.collection(VIEWS, "arrangement_views");
        ReadModelCollection ledger = collections.collection(LEDGER, "party_ledger");
        views.current().insertOne(new Document("_id", "us-ru-2011").append("title", "complete"));

        collections.prepareRebuild(VIEWS, 10, 9);
        collections.replayStarted(VIEWS);
        ReadModelCollections.foldingFor(VIEWS, () -> views.current().insertOne(new Document("_id", "us-ru-2011").append("title", "rebuilt")));
        ReadModelCollections.foldingFor(LEDGER, () -> views.current().countDocuments());

        assertThat(views.current().find(Filters.eq("_id", "us-ru-2011")).first().getString("title")).isEqualTo("complete");
        assertThat(ReadModelCollections.foldingFor(LEDGER, () -> views.current().getNamespace().getCollectionName()))
                .as("another projection reading this read model reads what readers read").isEqualTo("arrangement_views");
        assertThat(ledger.current().getNamespace().getCollectionName()).isEqualTo("party_ledger");

        collections.completeRebuild(VIEWS);

        assertThat(views.current().find(Filters.eq("_id", "us-ru-2011")).first().getString("title")).isEqualTo("rebuilt");
        assertThat(collections.active("arrangement_views").getNamespace().getCollectionName()).isEqualTo("arrangement_views__g1");
    }

    @Test
    void a_read_notes_which_projections_it_went_to() {
        ReadModelCollections collections = collections();
        ReadModelCollection views = collections.collection(VIEWS, "arrangement_views");
        collections.collection(LEDGER, "party_ledger");
        Set<String> read = new HashSet<>();

        ReadModelCollections.noting(read, () -> views.current().countDocuments());

        assertThat(read).containsExactly(VIEWS);
    }

    @Test
    void a_rebuild_stopped_before_its_replay_began_is_abandoned_at_the_next_start_and_readers_never_see_it() {
        ReadModelCollections collections = collections();
        collections.collection(VIEWS, "arrangement_views").current().insertOne(new Document("_id", "us-ru-2011"));
        collections.prepareRebuild(VIEWS, 10, 9);
        database.getCollection("arrangement_views__g1").insertOne(new Document("_id", "half"));

        ReadModelCollections restarted = collections();
        restarted.abandonUnstartedRebuilds();
        ReadModelCollection views = restarted.collection(VIEWS, "arrangement_views");
        restarted.completeRebuild(VIEWS);

        assertThat(restarted.rebuildOf(VIEWS)).isEmpty();
        assertThat(views.current().getNamespace().getCollectionName()).isEqualTo("arrangement_views");
        assertThat(database.listCollectionNames().into(new HashSet<>())).doesNotContain("arrangement_views__g1");
    }

    @Test
    void a_rebuild_under_way_at_a_restart_goes_on_and_readers_stay_on_the_complete_generation_until_it_is_done() throws Exception {
        ReadModelCollections collections = collections();
        collections.collection(VIEWS, "arrangement_views");
        collections.prepareRebuild(VIEWS, 10, 9);
        collections.replayStarted(VIEWS);

        ReadModelCollections restarted = collections();
        restarted.abandonUnstartedRebuilds();
        ReadModelCollection views = restarted.collection(VIEWS, "arrangement_views");

        assertThat(views.current().getNamespace().getCollectionName()).isEqualTo("arrangement_views");
        assertThat(ReadModelCollections.foldingFor(VIEWS, () -> views.current().getNamespace().getCollectionName()))
                .isEqualTo("arrangement_views__g1");
        assertThat(restarted.rebuildOf(VIEWS)).hasValueSatisfying(g -> assertThat(g.rebuildEvents()).isEqualTo(10));
    }

    @Test
    void the_generation_readers_left_is_dropped_once_nobody_can_still_be_reading_it() {
        ReadModelCollections collections = collections();
        collections.collection(VIEWS, "arrangement_views").current().insertOne(new Document("_id", "us-ru-2011"));
        collections.prepareRebuild(VIEWS, 10, 9);
        collections.replayStarted(VIEWS);
        collections.completeRebuild(VIEWS);

        collections.dropRetired();
        assertThat(database.listCollectionNames().into(new HashSet<>())).contains("arrangement_views");

        clock.advance(Duration.ofMinutes(2));
        collections.dropRetired();
        assertThat(database.listCollectionNames().into(new HashSet<>())).doesNotContain("arrangement_views");
        assertThat(collections.generationsOf(VIEWS).retired()).isEmpty();
    }

    private ReadModelCollections collections() {
        return new ReadModelCollections(database, QueryIndexes.forServer(true), clock, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }
}
