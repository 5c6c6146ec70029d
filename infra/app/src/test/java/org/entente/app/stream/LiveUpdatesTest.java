package org.entente.app.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;

/**
 * {@code GET /api/stream} read as a browser reads it: changes arrive within a second of the write's answer, a
 * client that reconnects with {@code Last-Event-ID} misses nothing and sees nothing twice, a second instance on
 * the same store tells of the first one's writes, a registrar hears only of its party's arrangements, and the
 * web page follows the stream with its session.
 */
@EntenteApplicationTest
class LiveUpdatesTest {

    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Test
    void a_subscriber_hears_of_a_change_within_a_second_of_the_commands_answer() {
        String id = Unique.id(UsRussia2011.ID);
        try (EventStreamClient stream = EventStreamClient.open(port, Users.VIEWER, null)) {
            created(new Api(client).as("USA").post("/api/arrangements", UsRussia2011.json(id)));
            long answered = System.nanoTime();

            EventStreamClient.Message change = stream.nextChange(Duration.ofSeconds(10), ofArrangement(id));

            long latencyMillis = (change.nanos() - answered) / 1_000_000;
            System.out.println("Live update arrived " + latencyMillis + " ms after the command's answer"
                    + " (negative: before the answer reached the client)");
            assertThat(change.nanos() - answered).as("arrival after the answer").isLessThanOrEqualTo(WITHIN_A_SECOND.toNanos());
            assertThat(change.event()).isEqualTo("change");
            JsonNode data = change.json();
            assertThat(data.get("position").asLong()).isEqualTo(change.position());
            assertThat(data.get("aggregateType").asText()).isEqualTo("Arrangement");
            assertThat(data.get("aggregateId").asText()).isEqualTo(id);
            assertThat(data.get("version").asLong()).as("as the ETag tells it").isEqualTo(1);
            assertThat(data.get("type").asText()).isEqualTo("ArrangementRecorded");
            assertThat(data.get("occurredAt").asText()).isNotBlank();
        }
    }

    @Test
    void a_client_that_resumes_with_its_last_event_id_sees_every_change_since_once_and_in_order() {
        String id = Unique.id(UsRussia2011.ID);
        Api usa = new Api(client).as("USA");
        long lastSeen;
        try (EventStreamClient stream = EventStreamClient.open(port, Users.AUDITOR, null)) {
            created(usa.post("/api/arrangements", UsRussia2011.json(id)));
            lastSeen = stream.nextChange(Duration.ofSeconds(10), ofArrangement(id)).position();
        }
        created(usa.post("/api/arrangements/" + id + "/commitments", UsRussia2011.MILITARY_VIEWS.json()));
        created(usa.post("/api/arrangements/" + id + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        created(usa.post("/api/arrangements/" + id + "/contacts", UsRussia2011.USA_HOTLINE.json()));

        try (EventStreamClient resumed = EventStreamClient.open(port, Users.AUDITOR, Long.toString(lastSeen))) {
            // One more while the stream is live: it must follow the replay with no gap and no repeat at the seam.
            created(usa.post("/api/arrangements/" + id + "/commitments", UsRussia2011.INCIDENT_LINKS.json()));
            resumed.nextChange(Duration.ofSeconds(10), ofArrangement(id).and(change -> change.json().get("version").asLong() == 5));

            List<EventStreamClient.Message> changes = resumed.changes();
            List<Long> positions = changes.stream().map(EventStreamClient.Message::position).toList();
            assertThat(positions).as("after the last event id, in order, each once").allMatch(p -> p > lastSeen)
                    .isSorted().doesNotHaveDuplicates();
            assertThat(changes.stream().filter(ofArrangement(id)).map(c -> c.json().get("type").asText() + " " + c.json().get("version"))
                    .toList()).containsExactly("CommitmentAdded 2", "CommitmentAdded 3", "PointOfContactDesignated 4",
                    "CommitmentAdded 5");
        }
    }

    @Test
    void a_write_on_one_instance_reaches_the_streams_of_another_on_the_same_store_which_ends_them_when_it_stops(
            @Autowired MongoClient mongo, @Autowired MongoDatabase database) throws InterruptedException {
        // A second instance of the application, on this one's embedded MongoDB over TCP: it shares nothing with
        // this one but the store, as two instances behind a load balancer do.
        try (StartedApplication second = secondInstance(mongo, database, "stream-second")) {
            int secondPort = Integer.parseInt(second.bean(org.springframework.core.env.Environment.class)
                    .getRequiredProperty("local.server.port"));
            String id = Unique.id(UsRussia2011.ID);
            try (EventStreamClient stream = EventStreamClient.open(secondPort, Users.VIEWER, null)) {
                created(new Api(client).as("USA").post("/api/arrangements", UsRussia2011.json(id)));
                long answered = System.nanoTime();

                EventStreamClient.Message change = stream.nextChange(Duration.ofSeconds(10), ofArrangement(id));

                System.out.println("A write on the first instance arrived on the second's stream "
                        + (change.nanos() - answered) / 1_000_000 + " ms after the command's answer");
                assertThat(change.json().get("type").asText()).isEqualTo("ArrangementRecorded");

                // Stopped as on SIGTERM: open streams must not hold up the server's graceful shutdown (up to 30 s).
                long stopping = System.nanoTime();
                second.close();
                assertThat(stream.endsWithin(Duration.ofSeconds(5))).as("the stream is ended").isTrue();
                System.out.println("The second instance stopped in " + (System.nanoTime() - stopping) / 1_000_000
                        + " ms with a stream open");
                assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("stopped without waiting for the stream")
                        .isLessThan(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void an_instance_that_stops_releases_the_positions_it_reserved_so_that_no_stream_waits_for_them(
            @Autowired MongoClient mongo, @Autowired MongoDatabase database) {
        // Its own instance, because it is stopped: one that wrote holds a block of positions, and what it did not use
        // must be filled with a tombstone as it stops. Left open, the streams of every instance would hold back what
        // is written above it until trackers give the positions up, a minute later.
        String id = Unique.id(UsRussia2011.ID);
        try (StartedApplication stopping = secondInstance(mongo, database, "stream-stopping")) {
            created(stopping.api().as("USA").post("/api/arrangements", UsRussia2011.json(id)));
        }

        MongoCollection<Document> commits = database.getCollection(CommitLogEventStorageEngine.COMMITS);
        Document written = commits.find(Filters.eq("_id", id + "@0")).first();
        assertThat(written).isNotNull();
        long next = written.getLong("position") + written.getInteger("count");
        Document rest = commits.find(Filters.eq("position", next)).first();
        assertThat(rest).as("the position after its write, in the block it reserved").isNotNull();
        assertThat(rest.getString("_id")).startsWith(CommitLogEventStorageEngine.TOMBSTONE_ID_PREFIX);
    }

    @Test
    void a_registrar_hears_only_of_the_arrangements_its_party_is_party_to() {
        String others = Unique.id(EuUsWorkingGroup.ID);
        String own = Unique.id(UsRussia2011.ID);
        try (EventStreamClient russia = EventStreamClient.open(port, Users.registrarOf("RUS"), null)) {
            created(new Api(client).as("USA").post("/api/arrangements", EuUsWorkingGroup.TERMS.json(others)));
            created(new Api(client).as("USA").post("/api/arrangements", UsRussia2011.json(own)));

            // Changes come in the store's order: had the other arrangement's been sent, it would have come first.
            russia.nextChange(Duration.ofSeconds(10), ofArrangement(own));
            assertThat(russia.changes()).noneMatch(ofArrangement(others)::test);
        }
    }

    @Test
    void the_web_page_follows_the_stream_with_its_session() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String user = Users.registrarOf("USA");
        String login = "http://127.0.0.1:" + port + "/login";
        String page = browser.send(HttpRequest.newBuilder(URI.create(login)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(Users.passwordOf(user), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String id = Unique.id(UsRussia2011.ID);

        try (EventStreamClient stream = EventStreamClient.openIn(browser, port)) {
            created(new Api(client).as("USA").post("/api/arrangements", UsRussia2011.json(id)));

            assertThat(stream.nextChange(Duration.ofSeconds(10), ofArrangement(id)).json().get("type").asText())
                    .isEqualTo("ArrangementRecorded");
        }
    }

    @Test
    void a_last_event_id_that_is_not_a_position_of_the_stream_is_a_400_problem() throws IOException {
        for (String bad : List.of("yesterday", "-1", "12.5", "99999999999999")) {
            HttpResponse<InputStream> response = EventStreamClient.request(port, Users.VIEWER, bad);
            try (InputStream body = response.body()) {
                assertThat(response.statusCode()).as(bad).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).as(bad).hasValue("application/problem+json");
                JsonNode problem = new ObjectMapper().readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(problem.get("status").asInt()).isEqualTo(400);
            }
        }
    }

    private static StartedApplication secondInstance(MongoClient mongo, MongoDatabase database, String nodeId) {
        String address = mongo.getClusterDescription().getClusterSettings().getHosts().get(0).toString();
        return StartedApplication.onMongoDb("mongodb://" + address + "/" + database.getName(), "--entente.node-id=" + nodeId);
    }

    private static java.util.function.Predicate<EventStreamClient.Message> ofArrangement(String id) {
        return change -> id.equals(change.json().path("arrangementId").asText(null));
    }
}
