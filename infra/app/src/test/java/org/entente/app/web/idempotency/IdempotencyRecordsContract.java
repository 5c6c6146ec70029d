package org.entente.app.web.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link IdempotencyRecords} promises: an implementation's test implements this interface. A
 * claim holds its id until it expires, is completed or is released, and only by the request that made it;
 * an expired record counts as absent. Instants are whole milliseconds, as a store keeps them.
 */
public interface IdempotencyRecordsContract {

    Instant NOW = Instant.parse("2026-03-02T10:15:30.123Z");
    Instant LATER = NOW.plus(Duration.ofMinutes(1));
    Instant LEASE_END = NOW.plus(Duration.ofMinutes(2));
    Instant RETENTION_END = NOW.plus(Duration.ofHours(24));
    String ID = "anonymous\nretry-1";
    RecordedAnswer CREATED = new RecordedAnswer(201, Map.of("Location", "/api/arrangements/x", "ETag", "\"1\"",
            "Content-Type", "application/json"), "{\"id\":\"x\",\"version\":1}".getBytes(StandardCharsets.UTF_8));

    /** A store with nothing in it; each test asks once. */
    IdempotencyRecords emptyStore();

    private static KeyRecord claim(String claim, String fingerprint) {
        return new KeyRecord(fingerprint, claim, LEASE_END, null);
    }

    @Test
    default void a_free_id_is_claimed_and_then_held_by_the_claim() {
        IdempotencyRecords store = emptyStore();

        assertThat(store.claim(ID, claim("first", "body-a"), NOW)).isEmpty();

        assertThat(store.claim(ID, claim("second", "body-a"), LATER)).hasValue(claim("first", "body-a"));
        assertThat(store.find(ID, LATER)).hasValue(claim("first", "body-a"));
    }

    @Test
    default void a_completed_claim_holds_the_answer_whole() {
        IdempotencyRecords store = emptyStore();
        store.claim(ID, claim("first", "body-a"), NOW);

        assertThat(store.complete(ID, new KeyRecord("body-a", "first", RETENTION_END, CREATED))).isTrue();

        assertThat(store.find(ID, LATER)).hasValue(new KeyRecord("body-a", "first", RETENTION_END, CREATED));
        assertThat(store.claim(ID, claim("second", "body-a"), LATER)).hasValue(new KeyRecord("body-a", "first", RETENTION_END, CREATED));
    }

    @Test
    default void only_the_claim_that_holds_the_id_completes_or_releases_it() {
        IdempotencyRecords store = emptyStore();
        store.claim(ID, claim("first", "body-a"), NOW);

        assertThat(store.complete(ID, new KeyRecord("body-a", "other", RETENTION_END, CREATED))).isFalse();
        store.release(ID, "other");

        assertThat(store.find(ID, LATER)).hasValue(claim("first", "body-a"));
    }

    @Test
    default void a_released_id_is_free_for_the_next_claim() {
        IdempotencyRecords store = emptyStore();
        store.claim(ID, claim("first", "body-a"), NOW);

        store.release(ID, "first");

        assertThat(store.find(ID, LATER)).isEmpty();
        assertThat(store.claim(ID, claim("second", "body-b"), LATER)).isEmpty();
        assertThat(store.find(ID, LATER)).hasValue(claim("second", "body-b"));
    }

    @Test
    default void an_expired_record_counts_as_absent_and_is_replaced_by_the_next_claim() {
        IdempotencyRecords store = emptyStore();
        store.claim(ID, claim("first", "body-a"), NOW);
        store.complete(ID, new KeyRecord("body-a", "first", LATER, CREATED));

        assertThat(store.find(ID, LATER)).as("expired at its expiry").isEmpty();
        assertThat(store.claim(ID, claim("second", "body-b"), LATER)).isEmpty();
        assertThat(store.find(ID, LATER)).hasValue(claim("second", "body-b"));
        assertThat(store.complete(ID, new KeyRecord("body-a", "first", RETENTION_END, CREATED)))
                .as("the replaced claim no longer holds the id").isFalse();
    }

    @Test
    default void the_records_of_different_ids_are_apart() {
        IdempotencyRecords store = emptyStore();
        store.claim(ID, claim("first", "body-a"), NOW);

        assertThat(store.claim("someone-else\nretry-1", claim("second", "body-b"), NOW)).isEmpty();
        assertThat(store.find(ID, NOW)).hasValue(claim("first", "body-a"));
    }

    @Test
    default void purging_removes_only_expired_records() {
        IdempotencyRecords store = emptyStore();
        store.claim("a", new KeyRecord("body-a", "first", LATER, null), NOW);
        store.claim("b", new KeyRecord("body-b", "second", RETENTION_END, null), NOW);

        assertThat(store.purgeExpired(LATER)).isEqualTo(1);

        assertThat(store.find("a", NOW)).isEmpty();
        assertThat(store.find("b", NOW)).hasValue(new KeyRecord("body-b", "second", RETENTION_END, null));
    }
}
