package org.entente.app.web.idempotency;

import com.mongodb.client.MongoClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.QueryIndexes;
import org.entente.app.testing.MovableClock;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The filter on its own, on records in MongoDB and on a clock the test moves: what is kept, for how long,
 * and for whom. The application's own requests with keys are in {@code IdempotencyKeyTest}.
 */
@EntenteApplicationTest
class IdempotencyFilterTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String KEY = "retry-me";

    @Autowired
    MongoClient client;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:15:30Z"));
    private final AtomicInteger carriedOut = new AtomicInteger();
    private IdempotencyRecords records;

    /** The application answers a refusal of the filter with its status; the problem document is not this test's concern. */
    private static final HandlerExceptionResolver PROBLEMS = (request, response, handler, ex) -> {
        response.setStatus(ex instanceof RequestRefused refused ? refused.status().value()
                : ex instanceof InvalidParameter ? 400 : 500);
        return new ModelAndView();
    };

    @BeforeEach
    void emptyRecords() {
        records = new MongoIdempotencyRecords(client.getDatabase(Unique.id("idempotency")), QueryIndexes.forServer(true));
    }

    private IdempotencyFilter filter(Duration wait) {
        return new IdempotencyFilter(records, clock, new EntenteProperties.Idempotency(RETENTION, wait, LEASE, Duration.ofMinutes(10)),
                PROBLEMS);
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/arrangements");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.addHeader(IdempotencyFilter.HEADER, KEY);
        return request;
    }

    /** Answers 201 with the number of requests carried out so far, or {@code status} with a problem. */
    private FilterChain answering(int status) {
        return (request, response) -> {
            int n = carriedOut.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType(status < 300 ? "application/json" : "application/problem+json");
            http.setHeader("Location", "/api/arrangements/a-" + n);
            response.getOutputStream().write(("{\"carriedOut\":" + n + "}").getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse send(IdempotencyFilter filter, MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void the_same_request_sent_again_gets_the_first_answer_without_being_carried_out_again() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        send(filter, post("{\"title\":\"a\"}"), answering(201));

        MockHttpServletResponse again = send(filter, post("{\"title\":\"a\"}"), answering(201));

        assertThat(carriedOut).hasValue(1);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getContentAsString()).isEqualTo("{\"carriedOut\":1}");
        assertThat(again.getHeader("Location")).isEqualTo("/api/arrangements/a-1");
        assertThat(again.getContentType()).isEqualTo("application/json");
        assertThat(again.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
    }

    @Test
    void another_request_with_the_key_is_refused_while_the_first_answer_is_kept() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        send(filter, post("{\"title\":\"a\"}"), answering(201));
        clock.advance(RETENTION.minusSeconds(1));

        assertThat(send(filter, post("{\"title\":\"b\"}"), answering(201)).getStatus()).isEqualTo(422);
        assertThat(carriedOut).hasValue(1);
    }

    @Test
    void after_the_retention_the_key_is_free_and_another_request_with_it_is_carried_out() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        send(filter, post("{\"title\":\"a\"}"), answering(201));
        clock.advance(RETENTION);

        MockHttpServletResponse answer = send(filter, post("{\"title\":\"b\"}"), answering(201));

        assertThat(answer.getStatus()).isEqualTo(201);
        assertThat(answer.getContentAsString()).isEqualTo("{\"carriedOut\":2}");
    }

    @Test
    void a_refusal_is_kept_and_given_again() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        send(filter, post("{\"title\":\"a\"}"), answering(409));

        MockHttpServletResponse again = send(filter, post("{\"title\":\"a\"}"), answering(201));

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo("application/problem+json");
        assertThat(carriedOut).hasValue(1);
    }

    @Test
    void a_failure_of_the_registry_is_not_kept_and_the_retry_is_carried_out() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        send(filter, post("{\"title\":\"a\"}"), answering(500));

        MockHttpServletResponse retry = send(filter, post("{\"title\":\"a\"}"), answering(201));

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(carriedOut).hasValue(2);
    }

    @Test
    void an_exception_releases_the_key_for_the_retry() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("the store went away");
        };
        assertThatThrownBy(() -> send(filter, post("{\"title\":\"a\"}"), failing)).isInstanceOf(IllegalStateException.class);

        assertThat(send(filter, post("{\"title\":\"a\"}"), answering(201)).getStatus()).isEqualTo(201);
        assertThat(carriedOut).hasValue(1);
    }

    @Test
    void the_same_key_of_two_users_is_two_keys() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        MockHttpServletRequest alice = post("{\"title\":\"a\"}");
        alice.setUserPrincipal(user("alice"));
        MockHttpServletRequest bob = post("{\"title\":\"b\"}");
        bob.setUserPrincipal(user("bob"));

        send(filter, alice, answering(201));

        assertThat(send(filter, bob, answering(201)).getStatus()).isEqualTo(201);
        assertThat(carriedOut).hasValue(2);
    }

    @Test
    void a_request_arriving_while_the_first_runs_waits_for_its_answer() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(30));
        String id = IdempotencyFilter.ANONYMOUS + "\n" + KEY;
        String fingerprint = RequestFingerprint.of(post("{\"title\":\"a\"}"), "{\"title\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        records.claim(id, new KeyRecord(fingerprint, "first", clock.instant().plus(LEASE), null), clock.instant());

        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return send(filter, post("{\"title\":\"a\"}"), answering(201));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        records.complete(id, new KeyRecord(fingerprint, "first", clock.instant().plus(RETENTION),
                new RecordedAnswer(201, java.util.Map.of("Location", "/api/arrangements/first"), "{}".getBytes(StandardCharsets.UTF_8))));

        MockHttpServletResponse answer = waiting.get();
        assertThat(answer.getHeader("Location")).isEqualTo("/api/arrangements/first");
        assertThat(carriedOut).hasValue(0);
    }

    @Test
    void a_request_arriving_while_the_first_runs_too_long_is_answered_409() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofMillis(200));
        String fingerprint = RequestFingerprint.of(post("{\"title\":\"a\"}"), "{\"title\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        records.claim(IdempotencyFilter.ANONYMOUS + "\n" + KEY, new KeyRecord(fingerprint, "first", clock.instant().plus(LEASE), null),
                clock.instant());

        assertThat(send(filter, post("{\"title\":\"a\"}"), answering(201)).getStatus()).isEqualTo(409);
        assertThat(carriedOut).hasValue(0);
    }

    @Test
    void a_key_whose_request_died_is_free_again_after_its_lease() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofMillis(200));
        String fingerprint = RequestFingerprint.of(post("{\"title\":\"a\"}"), "{\"title\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        records.claim(IdempotencyFilter.ANONYMOUS + "\n" + KEY, new KeyRecord(fingerprint, "died", clock.instant().plus(LEASE), null),
                clock.instant());
        clock.advance(LEASE);

        assertThat(send(filter, post("{\"title\":\"a\"}"), answering(201)).getStatus()).isEqualTo(201);
        assertThat(carriedOut).hasValue(1);
    }

    @Test
    void a_key_that_is_not_printable_ascii_or_too_long_is_refused_400() throws Exception {
        IdempotencyFilter filter = filter(Duration.ofSeconds(5));
        for (String key : new String[]{"ключ", "tab\there", "k".repeat(IdempotencyFilter.MAX_KEY_LENGTH + 1)}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/arrangements");
            request.setContent("{}".getBytes(StandardCharsets.UTF_8));
            request.addHeader(IdempotencyFilter.HEADER, key);

            assertThat(send(filter, request, answering(201)).getStatus()).as(key).isEqualTo(400);
        }
        assertThat(carriedOut).hasValue(0);
    }

    private static Principal user(String name) {
        return () -> name;
    }
}
