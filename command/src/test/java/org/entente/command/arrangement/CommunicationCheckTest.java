package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class CommunicationCheckTest {

    private static final String RUS_CERT = "rus-cert";
    private static final String UNKNOWN = "QQQ";
    private static final String CHECK = US_RUSSIA + ":check-1";

    private static final LocalDate CERT_DESIGNATED_ON = LocalDate.of(2012, 2, 1);
    private static final LocalDate CERT_RETIRED_ON = LocalDate.of(2022, 2, 24);

    private static final Instant NOW = Given.CLOCK.instant();

    // Begun before the fixture clock and open past it, so an answer in between is neither early nor in the future.
    private static final Instant OPEN_CHECK_STARTED = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant OPEN_CHECK_ANSWER_BY = Instant.parse("2026-11-25T08:00:00Z");

    // Lapsed before the fixture clock, so it is due to fail and any answer after its answer-by time is too late.
    private static final Instant LAPSED_CHECK_STARTED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant LAPSED_CHECK_ANSWER_BY = Instant.parse("2026-11-21T08:00:00Z");

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    // ---------------------------------------------------------------- data

    private static ContactDetails certDetails() {
        return new ContactDetails("National CERT", null, List.of(new Channel(ChannelType.PHONE, "+74955550100")),
                new Availability(false, "09:00-18:00", "Europe/Moscow"), List.of("ru", "en"));
    }

    private static PointOfContactDesignated rusCertDesignated() {
        return new PointOfContactDesignated(US_RUSSIA, RUS_CERT, "RUS", ContactRole.TECHNICAL, certDetails(),
                CERT_DESIGNATED_ON);
    }

    private static PointOfContactRetired rusCertRetired() {
        return new PointOfContactRetired(US_RUSSIA, RUS_CERT, "Replaced by a new national centre", CERT_RETIRED_ON);
    }

    private static InitiateCommunicationCheck initiate(String contactId, String fromParty, Instant answerBy) {
        return new InitiateCommunicationCheck(US_RUSSIA, CHECK, contactId, fromParty, answerBy);
    }

    private static CommunicationCheckInitiated initiated(Instant initiatedAt, Instant answerBy) {
        return new CommunicationCheckInitiated(US_RUSSIA, CHECK, RUS_CERT, "USA", "RUS", initiatedAt, answerBy);
    }

    private static CommunicationCheckInitiated openCheckInitiated() {
        return initiated(OPEN_CHECK_STARTED, OPEN_CHECK_ANSWER_BY);
    }

    private static CommunicationCheckInitiated lapsedCheckInitiated() {
        return initiated(LAPSED_CHECK_STARTED, LAPSED_CHECK_ANSWER_BY);
    }

    private static AnswerCommunicationCheck answer(String checkId, Instant answeredAt) {
        return new AnswerCommunicationCheck(US_RUSSIA, checkId, answeredAt);
    }

    private static CommunicationCheckAnswered openCheckAnswered() {
        Instant answeredAt = OPEN_CHECK_STARTED.plus(Duration.ofMinutes(5));
        return new CommunicationCheckAnswered(US_RUSSIA, CHECK, RUS_CERT, answeredAt, Duration.ofMinutes(5));
    }

    private static CommunicationCheckFailed lapsedCheckFailed() {
        return new CommunicationCheckFailed(US_RUSSIA, CHECK, RUS_CERT, LAPSED_CHECK_ANSWER_BY);
    }

    // ---------------------------------------------------------------- initiation

    @Test
    void a_party_checks_another_partys_contact_starting_now_in_the_registry_clock() {
        Instant answerBy = NOW.plus(Duration.ofHours(24));
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "USA", answerBy))
                .expectEvents(initiated(NOW, answerBy))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_check_id_cannot_be_initiated_twice() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(initiate(RUS_CERT, "USA", NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.CHECK_ALREADY_INITIATED))
                .expectNoEvents();
    }

    @Test
    void checking_an_unknown_contact_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(UNKNOWN, "USA", NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.UNKNOWN_CONTACT))
                .expectNoEvents();
    }

    @Test
    void a_retired_contact_cannot_be_checked() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), rusCertRetired())
                .when(initiate(RUS_CERT, "USA", NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void a_state_outside_the_arrangement_cannot_check_a_contact() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "FRA", NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.CHECK_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_check_without_a_checking_party_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, null, NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.CHECK_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_party_cannot_check_its_own_contact() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "RUS", NOW.plus(Duration.ofHours(24))))
                .expectException(violating(Rule.CHECK_OF_OWN_CONTACT, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void an_answer_by_time_equal_to_now_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "USA", NOW))
                .expectException(violating(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy"))
                .expectNoEvents();
    }

    @Test
    void an_answer_by_time_in_the_past_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "USA", NOW.minus(Duration.ofHours(1))))
                .expectException(violating(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy"))
                .expectNoEvents();
    }

    @Test
    void a_check_without_an_answer_by_time_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(initiate(RUS_CERT, "USA", null))
                .expectException(violating(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- answer

    @Test
    void an_answer_in_time_is_recorded_with_its_response_time() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(answer(CHECK, Instant.parse("2026-11-24T08:05:00Z")))
                .expectEvents(openCheckAnswered())
                .expectResultMessagePayload(4L);
    }

    @Test
    void an_answer_before_the_check_began_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(answer(CHECK, OPEN_CHECK_STARTED.minus(Duration.ofMinutes(1))))
                .expectException(violating(Rule.ANSWER_BEFORE_CHECK, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_without_a_time_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(answer(CHECK, null))
                .expectException(violating(Rule.ANSWER_BEFORE_CHECK, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_after_now_in_the_registry_clock_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(answer(CHECK, NOW.plus(Duration.ofMinutes(1))))
                .expectException(violating(Rule.DATE_IN_FUTURE, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void an_answer_after_the_answer_by_time_is_too_late() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), lapsedCheckInitiated())
                .when(answer(CHECK, Instant.parse("2026-11-22T08:00:00Z")))
                .expectException(violating(Rule.ANSWER_TOO_LATE, "answeredAt"))
                .expectNoEvents();
    }

    @Test
    void answering_an_unknown_check_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(answer(UNKNOWN, Instant.parse("2026-11-24T08:05:00Z")))
                .expectException(violating(Rule.UNKNOWN_CHECK))
                .expectNoEvents();
    }

    @Test
    void an_answered_check_cannot_be_answered_again() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated(), openCheckAnswered())
                .when(answer(CHECK, Instant.parse("2026-11-24T08:10:00Z")))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_failed_check_cannot_be_answered() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), lapsedCheckInitiated(), lapsedCheckFailed())
                .when(answer(CHECK, Instant.parse("2026-11-20T08:05:00Z")))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- failing

    @Test
    void a_pending_check_past_its_answer_by_time_fails_at_that_time() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), lapsedCheckInitiated())
                .when(new FailCommunicationCheck(US_RUSSIA, CHECK))
                .expectEvents(lapsedCheckFailed())
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_check_that_may_still_be_answered_cannot_fail() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated())
                .when(new FailCommunicationCheck(US_RUSSIA, CHECK))
                .expectException(violating(Rule.CHECK_NOT_DUE))
                .expectNoEvents();
    }

    @Test
    void an_answered_check_cannot_fail() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), openCheckInitiated(), openCheckAnswered())
                .when(new FailCommunicationCheck(US_RUSSIA, CHECK))
                .expectException(violating(Rule.CHECK_CLOSED))
                .expectNoEvents();
    }

    @Test
    void failing_an_unknown_check_is_rejected() {
        fixture.given(usRussiaRecorded(), rusCertDesignated(), lapsedCheckInitiated())
                .when(new FailCommunicationCheck(US_RUSSIA, UNKNOWN))
                .expectException(violating(Rule.UNKNOWN_CHECK))
                .expectNoEvents();
    }
}
