package org.entente.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    @Test
    void no_events_at_all_break_the_chain_at_event_0() {
        ChainVerifier.Verdict verdict = ChainVerifier.verify(List.of(), null);

        assertThat(verdict).isEqualTo(new ChainVerifier.Verdict(false, 0, EventHash.GENESIS, 0L,
                "there are no events: a stream begins with event 0"));
    }

    @Test
    void a_broken_verdict_describes_the_part_of_the_chain_that_held() {
        List<StoredEvent> events = chain("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
        events.set(2, withPayload(events.get(2), "{\"n\":3}"));

        ChainVerifier.Verdict verdict = ChainVerifier.verify(events, null);

        assertThat(verdict).isEqualTo(new ChainVerifier.Verdict(false, 2, events.get(1).hash(), 2L,
                "its content does not match its hash"));
    }

    @Test
    void an_event_without_a_sequence_number_or_with_a_negative_one_breaks_the_chain_there() {
        List<StoredEvent> events = chain("{}", "{}");
        StoredEvent second = events.get(1);
        events.set(1, new StoredEvent(second.stream(), null, second.type(), second.revision(), second.timestamp(),
                second.payload(), second.metaData(), second.previousHash(), second.hash()));
        assertThat(ChainVerifier.verify(events, null).reason()).isEqualTo("it has no sequence number");

        events.set(1, new StoredEvent(second.stream(), -1L, second.type(), second.revision(), second.timestamp(),
                second.payload(), second.metaData(), second.previousHash(), second.hash()));
        assertThat(ChainVerifier.verify(events, null).reason()).isEqualTo("its sequence number -1 is negative");
    }

    @Test
    void an_event_holding_text_that_is_not_valid_unicode_breaks_the_chain_and_says_why() {
        List<StoredEvent> events = chain("{}", "{}");
        events.set(1, withPayload(events.get(1), "{\"note\":\"\\ud800\"}"));

        ChainVerifier.Verdict verdict = ChainVerifier.verify(events, null);

        assertThat(verdict.failedAt()).isEqualTo(1L);
        assertThat(verdict.reason()).startsWith("its content has no hash: The event holds text that is not valid Unicode");
    }

    /** A valid stream whose events have the given payloads. */
    private static List<StoredEvent> chain(String... payloads) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int i = 0; i < payloads.length; i++) {
            String hash = EventHash.of("T", "1", payloads[i], "{}", i, previous);
            events.add(new StoredEvent("s", (long) i, "T", "1", null, payloads[i], "{}", previous, hash));
            previous = hash;
        }
        return events;
    }

    private static StoredEvent withPayload(StoredEvent e, String payload) {
        return new StoredEvent(e.stream(), e.sequence(), e.type(), e.revision(), e.timestamp(), payload, e.metaData(),
                e.previousHash(), e.hash());
    }
}
