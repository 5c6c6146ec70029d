package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.api.arrangement.ArrangementStatus.IN_FORCE;
import static org.entente.api.arrangement.ArrangementStatus.NEGOTIATING;
import static org.entente.api.arrangement.ArrangementStatus.SUSPENDED;
import static org.entente.api.arrangement.ArrangementStatus.TERMINATED;
import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RESUMED;
import static org.entente.api.fixtures.UsRussia2011.TERMINATION_REASON;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class ChangeArrangementStatusTest {

    private static final String CONFIRMATION = "Both sides confirmed the measures";
    private static final String SUSPENSION_REASON = "Bilateral working group on cyber suspended";
    private static final String RESUMPTION_REASON = "Dialogue resumed";
    private static final ArrangementSuspended SUSPENDED_IN_2014 =
            new ArrangementSuspended(ID, UsRussia2011.SUSPENDED, SUSPENSION_REASON);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static ArrangementRecorded negotiating() {
        return UsRussia2011.TERMS.recordedAs(ID, NEGOTIATING);
    }

    private static ChangeArrangementStatus change(ArrangementStatus status, LocalDate effectiveOn, String reason) {
        return new ChangeArrangementStatus(ID, status, effectiveOn, reason);
    }

    @Test
    void a_negotiated_arrangement_enters_into_force() {
        fixture.given(negotiating())
                .when(change(IN_FORCE, CONCLUDED, CONFIRMATION))
                .expectEvents(new ArrangementEnteredIntoForce(ID, CONCLUDED, CONFIRMATION))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_arrangement_in_force_is_suspended() {
        fixture.given(UsRussia2011.recorded())
                .when(change(SUSPENDED, UsRussia2011.SUSPENDED, SUSPENSION_REASON))
                .expectEvents(SUSPENDED_IN_2014)
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_suspended_arrangement_is_resumed() {
        fixture.given(UsRussia2011.recorded(), SUSPENDED_IN_2014)
                .when(change(IN_FORCE, RESUMED, RESUMPTION_REASON))
                .expectEvents(new ArrangementResumed(ID, RESUMED, RESUMPTION_REASON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_arrangement_in_force_is_terminated() {
        fixture.given(UsRussia2011.recorded())
                .when(change(TERMINATED, UsRussia2011.TERMINATED, TERMINATION_REASON))
                .expectEvents(UsRussia2011.terminated());
    }

    @Test
    void a_suspended_arrangement_is_terminated() {
        fixture.given(UsRussia2011.recorded(), SUSPENDED_IN_2014)
                .when(change(TERMINATED, UsRussia2011.TERMINATED, TERMINATION_REASON))
                .expectEvents(UsRussia2011.terminated())
                .expectResultMessagePayload(3L);
    }

    @Test
    void abandoned_negotiations_terminate_the_arrangement() {
        LocalDate abandonedOn = LocalDate.of(2011, 9, 1);
        fixture.given(negotiating())
                .when(change(TERMINATED, abandonedOn, "Negotiations abandoned"))
                .expectEvents(new ArrangementTerminated(ID, abandonedOn, "Negotiations abandoned"));
    }

    @Test
    void a_terminated_arrangement_cannot_come_back_into_force() {
        fixture.given(UsRussia2011.recorded(), UsRussia2011.terminated())
                .when(change(IN_FORCE, TODAY, "Cooperation revived"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_cannot_be_terminated_again() {
        fixture.given(UsRussia2011.recorded(), UsRussia2011.terminated())
                .when(change(TERMINATED, TODAY, TERMINATION_REASON))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_in_force_cannot_enter_into_force_again() {
        fixture.given(UsRussia2011.recorded())
                .when(change(IN_FORCE, CONCLUDED, "Confirmed again"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_under_negotiation_cannot_be_suspended() {
        fixture.given(negotiating())
                .when(change(SUSPENDED, UsRussia2011.SUSPENDED, SUSPENSION_REASON))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_in_force_cannot_go_back_to_negotiation() {
        fixture.given(UsRussia2011.recorded())
                .when(change(NEGOTIATING, UsRussia2011.SUSPENDED, "Renegotiation"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void a_change_cannot_take_effect_before_the_previous_one() {
        fixture.given(UsRussia2011.recorded(), SUSPENDED_IN_2014)
                .when(change(IN_FORCE, UsRussia2011.SUSPENDED.minusDays(1), RESUMPTION_REASON))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_may_take_effect_on_the_same_day_as_the_previous_one() {
        fixture.given(UsRussia2011.recorded(), SUSPENDED_IN_2014)
                .when(change(TERMINATED, UsRussia2011.SUSPENDED, TERMINATION_REASON))
                .expectEvents(new ArrangementTerminated(ID, UsRussia2011.SUSPENDED, TERMINATION_REASON));
    }

    @Test
    void a_change_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded())
                .when(change(TERMINATED, CONCLUDED.minusDays(1), TERMINATION_REASON))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded())
                .when(change(SUSPENDED, TOMORROW, SUSPENSION_REASON))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_may_take_effect_today() {
        fixture.given(UsRussia2011.recorded())
                .when(change(SUSPENDED, TODAY, SUSPENSION_REASON))
                .expectEvents(new ArrangementSuspended(ID, TODAY, SUSPENSION_REASON));
    }

    @Test
    void a_status_change_without_an_effective_date_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(change(SUSPENDED, null, SUSPENSION_REASON))
                .expectException(violating(Rule.DATE_REQUIRED, "effectiveOn"))
                .expectNoEvents();
    }
}
