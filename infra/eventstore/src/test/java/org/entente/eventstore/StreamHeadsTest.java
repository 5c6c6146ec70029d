package org.entente.eventstore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine remembers of the streams it wrote or read, and what it never assumes from that. */
class StreamHeadsTest {

    private final StreamHeads heads = new StreamHeads(100);

    @Test
    void a_lower_sequence_never_replaces_a_higher_one() {
        heads.remember("a", 7, "h7", -1);
        heads.remember("a", 3, "h3", -1);

        assertThat(heads.reached("a")).hasValue(7);
        assertThat(heads.hashOf("a", 3)).isEmpty();
        assertThat(heads.hashOf("a", 7)).contains("h7");
    }

    @Test
    void a_hash_is_given_only_for_exactly_the_sequence_remembered() {
        heads.remember("a", 7, "h7", -1);

        assertThat(heads.hashOf("a", 6)).isEmpty();
        assertThat(heads.hashOf("a", 8)).isEmpty();
        assertThat(heads.hashOf("b", 7)).isEmpty();
    }

    @Test
    void a_sequence_remembered_without_its_hash_learns_the_hash_later_but_gives_none_before() {
        heads.remember("a", 7, null, -1);
        assertThat(heads.hashOf("a", 7)).isEmpty();

        heads.remember("a", 7, "h7", -1);
        heads.remember("a", 7, null, -1);

        assertThat(heads.hashOf("a", 7)).contains("h7");
    }

    @Test
    void the_number_of_streams_remembered_is_bounded() {
        for (int i = 0; i < 1_000; i++) {
            heads.remember("stream-" + i, i, "h" + i, -1);
        }

        assertThat(heads.size()).isLessThanOrEqualTo(100);
    }
}
