package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.api.arrangement.ArrangementStatus.IN_FORCE;
import static org.entente.api.arrangement.ArrangementStatus.NEGOTIATING;
import static org.entente.api.arrangement.ArrangementStatus.SUSPENDED;
import static org.entente.api.arrangement.ArrangementStatus.TERMINATED;
import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class ChangeArrangementStatusTest {

    private static final LocalDate ENTERED_INTO_FORCE = LocalDate.of(2011, 7, 1);
    private static final LocalDate SUSPENDED_ON = LocalDate.of(2014, 3, 20);
    private static final LocalDate RESUMED_ON = LocalDate.of(2021, 6, 16);
    private static final LocalDate TERMINATED_ON = LocalDate.of(2022, 2, 24);

    private static final String SUSPENSION_REASON = "Bilateral working group on cyber suspended";
    private static final String TERMINATION_REASON = "Both sides ended the cooperation";

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static ChangeArrangementStatus change(ArrangementStatus status, LocalDate effectiveOn, String reason) {
        return new ChangeArrangementStatus(US_RUSSIA, status, effectiveOn, reason);
    }

    @Test
    void a_negotiated_arrangement_enters_into_force() {
        fixture.given(usRussiaRecorded(NEGOTIATING))
                .when(change(IN_FORCE, ENTERED_INTO_FORCE, "Both sides confirmed the measures"))
                .expectEvents(new ArrangementEnteredIntoForce(US_RUSSIA, ENTERED_INTO_FORCE, "Both sides confirmed the measures"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_arrangement_in_force_is_suspended() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(SUSPENDED, SUSPENDED_ON, SUSPENSION_REASON))
                .expectEvents(new ArrangementSuspended(US_RUSSIA, SUSPENDED_ON, SUSPENSION_REASON))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_suspended_arrangement_is_resumed() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementSuspended(US_RUSSIA, SUSPENDED_ON, SUSPENSION_REASON))
                .when(change(IN_FORCE, RESUMED_ON, "Dialogue resumed"))
                .expectEvents(new ArrangementResumed(US_RUSSIA, RESUMED_ON, "Dialogue resumed"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_arrangement_in_force_is_terminated() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(TERMINATED, TERMINATED_ON, TERMINATION_REASON))
                .expectEvents(new ArrangementTerminated(US_RUSSIA, TERMINATED_ON, TERMINATION_REASON));
    }

    @Test
    void a_suspended_arrangement_is_terminated() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementSuspended(US_RUSSIA, SUSPENDED_ON, SUSPENSION_REASON))
                .when(change(TERMINATED, TERMINATED_ON, TERMINATION_REASON))
                .expectEvents(new ArrangementTerminated(US_RUSSIA, TERMINATED_ON, TERMINATION_REASON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void abandoned_negotiations_terminate_the_arrangement() {
        fixture.given(usRussiaRecorded(NEGOTIATING))
                .when(change(TERMINATED, LocalDate.of(2011, 9, 1), "Negotiations abandoned"))
                .expectEvents(new ArrangementTerminated(US_RUSSIA, LocalDate.of(2011, 9, 1), "Negotiations abandoned"));
    }

    @Test
    void a_terminated_arrangement_cannot_come_back_into_force() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementTerminated(US_RUSSIA, TERMINATED_ON, TERMINATION_REASON))
                .when(change(IN_FORCE, TODAY, "Cooperation revived"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_cannot_be_terminated_again() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementTerminated(US_RUSSIA, TERMINATED_ON, TERMINATION_REASON))
                .when(change(TERMINATED, TODAY, TERMINATION_REASON))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_in_force_cannot_enter_into_force_again() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(IN_FORCE, ENTERED_INTO_FORCE, "Confirmed again"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_under_negotiation_cannot_be_suspended() {
        fixture.given(usRussiaRecorded(NEGOTIATING))
                .when(change(SUSPENDED, SUSPENDED_ON, SUSPENSION_REASON))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_in_force_cannot_go_back_to_negotiation() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(NEGOTIATING, SUSPENDED_ON, "Renegotiation"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void a_change_cannot_take_effect_before_the_previous_one() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementSuspended(US_RUSSIA, SUSPENDED_ON, SUSPENSION_REASON))
                .when(change(IN_FORCE, SUSPENDED_ON.minusDays(1), "Dialogue resumed"))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_may_take_effect_on_the_same_day_as_the_previous_one() {
        fixture.given(usRussiaRecorded(IN_FORCE), new ArrangementSuspended(US_RUSSIA, SUSPENDED_ON, SUSPENSION_REASON))
                .when(change(TERMINATED, SUSPENDED_ON, TERMINATION_REASON))
                .expectEvents(new ArrangementTerminated(US_RUSSIA, SUSPENDED_ON, TERMINATION_REASON));
    }

    @Test
    void a_change_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(TERMINATED, US_RUSSIA_CONCLUDED.minusDays(1), TERMINATION_REASON))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(SUSPENDED, TOMORROW, SUSPENSION_REASON))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_may_take_effect_today() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(change(SUSPENDED, TODAY, SUSPENSION_REASON))
                .expectEvents(new ArrangementSuspended(US_RUSSIA, TODAY, SUSPENSION_REASON));
    }

    @Test
    void a_status_change_without_an_effective_date_is_rejected() {
        fixture.given(usRussiaRecorded(IN_FORCE))
                .when(new ChangeArrangementStatus(US_RUSSIA, SUSPENDED, null, SUSPENSION_REASON))
                .expectException(violating(Rule.DATE_REQUIRED, "effectiveOn"))
                .expectNoEvents();
    }
}
