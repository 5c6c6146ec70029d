package org.entente.query.contact;

import org.entente.api.contact.Liveness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule by which the directory and the scorecards judge a contact, from its latest answer and failure. */
class LivenessRuleTest {

    private static final LivenessRule THIRTY_DAYS = new LivenessRule(Duration.ofDays(30));
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void a_contact_never_checked_is_untested() {
        assertThat(THIRTY_DAYS.judge(null, null, NOW)).isEqualTo(Liveness.UNTESTED);
    }

    @Test
    void an_answer_within_the_window_verifies_and_an_older_one_is_stale() {
        assertThat(THIRTY_DAYS.judge(NOW.minus(Duration.ofDays(29)), null, NOW)).isEqualTo(Liveness.VERIFIED);
        assertThat(THIRTY_DAYS.judge(NOW.minus(Duration.ofDays(30)), null, NOW)).isEqualTo(Liveness.STALE);
    }

    @Test
    void a_failure_after_the_latest_answer_or_without_any_makes_the_contact_unreachable() {
        assertThat(THIRTY_DAYS.judge(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(Liveness.UNREACHABLE);
        assertThat(THIRTY_DAYS.judge(null, NOW.minus(Duration.ofDays(100)), NOW)).isEqualTo(Liveness.UNREACHABLE);
    }

    @Test
    void an_answer_after_the_latest_failure_counts_again() {
        assertThat(THIRTY_DAYS.judge(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo(Liveness.VERIFIED);
    }
}
