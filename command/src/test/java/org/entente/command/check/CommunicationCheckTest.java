package org.entente.command.check;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.Registry;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.entente.api.fixtures.Registry.NOW;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/** A check once started: answered in time by the checked party, or failed by the registry once its time is up. */
class CommunicationCheckTest {

    private static final String CHECK = ID + ":check-1";

    // Begun before the registry's clock and open past it, so an answer in between is neither early nor in the future.
    private static final Instant OPEN_STARTED = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant OPEN_ANSWER_BY = Instant.parse("2026-11-25T08:00:00Z");

    // Lapsed before the registry's clock, so it is due to fail and any answer after its answer-by time is too late.
    private static final Instant LAPSED_STARTED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant LAPSED_ANSWER_BY = Instant.parse("2026-11-21T08:00:00Z");

    private static final CheckTerms OPEN_CHECK = usaChecksRusCert(OPEN_STARTED, OPEN_ANSWER_BY);
    private static final CheckTerms LAPSED_CHECK = usaChecksRusCert(LAPSED_STARTED, LAPSED_ANSWER_BY);
    private static final CommunicationCheckInitiated OPEN = OPEN_CHECK.initiated();
    private static final CommunicationCheckInitiated LAPSED = LAPSED_CHECK.initiated();
    private static final CommunicationCheckAnswered OPEN_ANSWERED_IN_FIVE_MINUTES =
            OPEN_CHECK.answer(OPEN_STARTED.plus(Duration.ofMinutes(5)));
    private static final CommunicationCheckFailed LAPSED_FAILED = LAPSED_CHECK.failure();

    private final FixtureConfiguration<CommunicationCheck> fixture = new AggregateTestFixture<>(CommunicationCheck.class)
            .registerInjectableResource(Registry.CLOCK);

    private static CheckTerms usaChecksRusCert(Instant initiatedAt, Instant answerBy) {
        return new CheckTerms(CHECK, ID, RUS_CERT.id(), "USA", RUS_CERT.party(), initiatedAt, answerBy);
    }

    private static AnswerCommunicationCheck answerAt(Instant answeredAt) {
        return new AnswerCommunicationCheck(CHECK, answeredAt);
    }

    @Test
    void an_answer_in_time_is_recorded_with_its_response_time() {
        fixture.given(OPEN)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(5))))
                .expectEvents(OPEN_ANSWERED_IN_FIVE_MINUTES)
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_answer_at_the_answer_by_time_still_counts() {
        fixture.given(LAPSED)
                .when(answerAt(LAPSED_ANSWER_BY))
                .expectEvents(LAPSED_CHECK.answer(LAPSED_ANSWER_BY));
    }

    @Test
    void an_answer_before_the_check_began_is_rejected() {
        fixture.given(OPEN)
                .when(answerAt(OPEN_STARTED.minus(Duration.ofMinutes(1))))
                .expectException(violating(Rule.ANSWER_BEFORE_CHECK, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_without_a_time_is_rejected() {
        fixture.given(OPEN)
                .when(answerAt(null))
                .expectException(violating(Rule.DATE_REQUIRED, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_after_now_in_the_registry_clock_is_rejected() {
        fixture.given(OPEN)
                .when(answerAt(NOW.plus(Duration.ofMinutes(1))))
                .expectException(violating(Rule.DATE_IN_FUTURE, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_after_the_answer_by_time_is_too_late() {
        fixture.given(LAPSED)
                .when(answerAt(LAPSED_ANSWER_BY.plus(Duration.ofDays(1))))
                .expectException(violating(Rule.ANSWER_TOO_LATE, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answered_check_cannot_be_answered_again() {
        fixture.given(OPEN, OPEN_ANSWERED_IN_FIVE_MINUTES)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(10))))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    @Test
    void an_answer_sent_again_with_the_same_time_is_a_retry() {
        fixture.given(OPEN, OPEN_ANSWERED_IN_FIVE_MINUTES)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(5))))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_answer_expecting_an_older_version_of_the_check_is_refused() {
        fixture.given(OPEN, OPEN_ANSWERED_IN_FIVE_MINUTES)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(5))), Map.of(Expected.VERSION, "1"))
                .expectException(violating(Rule.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void a_failed_check_cannot_be_answered() {
        fixture.given(LAPSED, LAPSED_FAILED)
                .when(answerAt(LAPSED_STARTED.plus(Duration.ofMinutes(5))))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    @Test
    void the_checked_party_answers_for_its_contact() {
        fixture.given(OPEN)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(5))), Map.of(Acting.PARTY, RUS_CERT.party()))
                .expectEvents(OPEN_ANSWERED_IN_FIVE_MINUTES);
    }

    @Test
    void the_checking_party_cannot_answer_for_the_checked_one() {
        fixture.given(OPEN)
                .when(answerAt(OPEN_STARTED.plus(Duration.ofMinutes(5))), Map.of(Acting.PARTY, "USA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void a_pending_check_past_its_answer_by_time_fails_at_that_time() {
        fixture.given(LAPSED)
                .when(new FailCommunicationCheck(CHECK))
                .expectEvents(LAPSED_FAILED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_check_that_may_still_be_answered_cannot_fail() {
        fixture.given(OPEN)
                .when(new FailCommunicationCheck(CHECK))
                .expectException(violating(Rule.CHECK_NOT_DUE))
                .expectNoEvents();
    }

    @Test
    void a_check_due_right_now_may_still_be_answered_and_cannot_fail() {
        fixture.given(usaChecksRusCert(NOW.minus(Duration.ofHours(1)), NOW).initiated())
                .when(new FailCommunicationCheck(CHECK))
                .expectException(violating(Rule.CHECK_NOT_DUE))
                .expectNoEvents();
    }

    @Test
    void an_answered_check_cannot_fail() {
        fixture.given(OPEN, OPEN_ANSWERED_IN_FIVE_MINUTES)
                .when(new FailCommunicationCheck(CHECK))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_failed_check_cannot_fail_again() {
        fixture.given(LAPSED, LAPSED_FAILED)
                .when(new FailCommunicationCheck(CHECK))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }
}
