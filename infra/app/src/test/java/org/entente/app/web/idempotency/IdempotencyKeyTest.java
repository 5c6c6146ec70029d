package org.entente.app.web.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.arrangement.Instrument;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.arrangementWhileNegotiating;
import static org.entente.api.fixtures.Requests.paperForm;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Writes sent again with an {@code Idempotency-Key}, through HTTP: carried out once, answered alike every
 * time, and a key used for another request is refused.
 */
@EntenteApplicationTest
class IdempotencyKeyTest {

    private static final int CLIENTS = 20;

    @Autowired
    RestTestClient client;

    @Autowired
    EventStore eventStore;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(client).as("USA");
    }

    private Api withKey(String key) {
        return api.withHeader(IdempotencyFilter.HEADER, key);
    }

    @Test
    void the_same_recording_sent_twenty_times_at_once_with_one_key_is_stored_once_and_answered_alike() throws Exception {
        String title = Unique.id("Recorded once");
        String body = arrangementWhileNegotiating(title, Instrument.JOINT_STATEMENT, List.of("USA", "RUS"));
        Api keyed = withKey(Unique.id("record"));

        List<Api.Reply> answers = atOnce(() -> keyed.post("/api/arrangements", body));

        Api.Reply first = answers.get(0);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.bytes()).isEqualTo(first.bytes());
            assertThat(answer.location()).isEqualTo(first.location());
        });
        String id = first.json().get("id").asText();
        assertThat(eventStore.readEvents(id).asStream().count()).as("events of the one arrangement recorded").isEqualTo(1);
        assertThat(answers).filteredOn(answer -> answer.header(IdempotencyFilter.REPLAYED) == null).as("carried out").hasSize(1);
    }

    @Test
    void a_replayed_answer_carries_the_first_ones_location_etag_and_type_and_stores_nothing() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        String path = "/api/arrangements/" + id + "/commitments";
        Api keyed = withKey(Unique.id("commitment"));
        Api.Reply first = created(keyed.post(path, INCIDENT_LINKS.json()));

        Api.Reply again = created(keyed.post(path, INCIDENT_LINKS.json()));

        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(again.headers().getContentType()).isEqualTo(first.headers().getContentType());
        assertThat(again.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(1L);
    }

    @Test
    void a_key_used_again_for_another_body_is_refused_422_and_stores_nothing() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        String path = "/api/arrangements/" + id + "/commitments/";
        created(api.post("/api/arrangements/" + id + "/commitments", CERT_EXCHANGE.json()));
        Api keyed = withKey(Unique.id("progress"));
        ok(keyed.post(path + CERT_EXCHANGE.id() + "/progress", note(id, "First note")));

        JsonNode refused = problem(422, keyed.post(path + CERT_EXCHANGE.id() + "/progress", note(id, "Second note")));

        assertThat(refused.get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(2L);
    }

    @Test
    void a_key_used_again_for_another_path_is_refused_422_and_another_user_has_keys_of_its_own() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        Api keyed = withKey(Unique.id("paths"));
        created(keyed.post("/api/arrangements/" + id + "/commitments", CERT_EXCHANGE.json()));

        problem(422, keyed.post("/api/arrangements/" + id + "-other/commitments", CERT_EXCHANGE.json()));
        Api.Reply russia = created(keyed.as("RUS").post("/api/arrangements/" + id + "/commitments", CERT_EXCHANGE.json()));
        assertThat(russia.header("Idempotent-Replayed")).as("carried out for Russia's registrar, not replayed").isNull();
    }

    @Test
    void a_refusal_is_given_again_to_the_same_request_though_the_registry_changed_since() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        String progressPath = "/api/arrangements/" + id + "/commitments/" + CERT_EXCHANGE.id() + "/progress";
        Api keyed = withKey(Unique.id("refused"));
        Api.Reply refused = keyed.post(progressPath, note(id, "Too early"));
        problem(404, refused);
        created(api.post("/api/arrangements/" + id + "/commitments", CERT_EXCHANGE.json()));

        Api.Reply again = keyed.post(progressPath, note(id, "Too early"));

        problem(404, again);
        assertThat(again.bytes()).isEqualTo(refused.bytes());
    }

    @Test
    void a_patch_sent_again_with_its_key_is_carried_out_once() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        Api keyed = withKey(Unique.id("amend"));
        String amendment = "{\"title\": \"Corrected title\", \"reason\": \"As published\"}";
        Api.Reply first = ok(keyed.patch("/api/arrangements/" + id, amendment));

        Api.Reply again = ok(keyed.patch("/api/arrangements/" + id, amendment));

        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(1L);
    }

    @Test
    void an_upload_sent_again_with_its_key_is_answered_alike_and_other_content_under_the_key_is_refused() {
        String id = Stories.recorded(api, UsRussia2011.TERMS);
        String papers = "/api/arrangements/" + id + "/papers";
        Api keyed = withKey(Unique.id("upload")).as("USA");
        Map<String, String> form = paperForm(UsRussia2011.usPaperSubmitted());
        byte[] content = "United States views\n".getBytes(StandardCharsets.UTF_8);
        Api.Reply first = created(keyed.multipart(papers, form, "us.txt", content));

        Api.Reply again = created(keyed.multipart(papers, form, "us.txt", content));
        Api.Reply other = keyed.multipart(papers, form, "us.txt", "Other views\n".getBytes(StandardCharsets.UTF_8));

        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(problem(422, other).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(1L);
    }

    @Test
    void a_malformed_key_is_refused_400_naming_the_header() {
        // Characters outside ASCII are refused too (IdempotencyFilterTest); an HTTP client does not send them as they are.
        for (String key : List.of("k".repeat(IdempotencyFilter.MAX_KEY_LENGTH + 1), "tab\there")) {
            JsonNode refused = problem(400, withKey(key).post("/api/arrangements",
                    arrangementWhileNegotiating("Never recorded", Instrument.OTHER, List.of("USA", "RUS"))));

            assertThat(refused.at("/errors/0/field").asText()).as(key).isEqualTo(IdempotencyFilter.HEADER);
        }
    }

    private static String note(String arrangementId, String text) {
        return progress(new CommitmentProgressRecorded(arrangementId, CERT_EXCHANGE.id(), text, UsRussia2011.US_PAPER_HANDED_OVER));
    }

    private interface Request {
        Api.Reply send();
    }

    private static List<Api.Reply> atOnce(Request request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.send();
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
