package org.entente.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.api.fixtures.EuUsWorkingGroup.AWARENESS;
import static org.entente.api.fixtures.EuUsWorkingGroup.DELIVERABLES_AGREED;
import static org.entente.api.fixtures.EuUsWorkingGroup.EXERCISE_MOVED_ON;
import static org.entente.api.fixtures.EuUsWorkingGroup.EXERCISE_NEW_DEADLINE;
import static org.entente.api.fixtures.EuUsWorkingGroup.JOINT_EXERCISE;
import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVED_ON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVE_REASON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class MoveCommitmentDeadlineTest {

    private static final String EXERCISE_REASON = "The cooperation programme slipped into the next years";
    private static final LocalDate YEAR_END_2012 = LocalDate.of(2012, 12, 31);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static MoveCommitmentDeadline moveCertExchange(LocalDate dueBy, LocalDate effectiveOn) {
        return new MoveCommitmentDeadline(ID, CERT_EXCHANGE.id(), dueBy, CERT_EXCHANGE_MOVE_REASON, effectiveOn);
    }

    @Test
    void a_deadline_is_moved_and_the_previous_one_is_kept() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectEvents(UsRussia2011.certExchangeDeadlineMoved())
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_second_move_replaces_the_deadline_set_by_the_first() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.certExchangeDeadlineMoved())
                .when(moveCertExchange(YEAR_END_2012, CERT_EXCHANGE_MOVED_ON))
                .expectEvents(new CommitmentDeadlineMoved(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, YEAR_END_2012,
                        CERT_EXCHANGE_MOVE_REASON, CERT_EXCHANGE_MOVED_ON))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_commitment_without_a_deadline_gets_one() {
        String reason = "A roadmap by the year's end";
        fixture.given(EuUsWorkingGroup.recorded(), AWARENESS.addedTo(EuUsWorkingGroup.ID))
                .when(new MoveCommitmentDeadline(EuUsWorkingGroup.ID, AWARENESS.id(), EuUsWorkingGroup.END_2011, reason,
                        DELIVERABLES_AGREED))
                .expectEvents(new CommitmentDeadlineMoved(EuUsWorkingGroup.ID, AWARENESS.id(), null, EuUsWorkingGroup.END_2011,
                        reason, DELIVERABLES_AGREED));
    }

    @Test
    void the_deadline_of_a_commitment_in_progress_may_be_moved() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID),
                        new CommitmentProgressRecorded(ID, CERT_EXCHANGE.id(), "Draft arrangement agreed", LocalDate.of(2011, 11, 1)))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectEvents(UsRussia2011.certExchangeDeadlineMoved());
    }

    @Test
    void moving_a_deadline_to_the_date_it_already_has_is_rejected() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(YEAR_END, CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.DEADLINE_UNCHANGED, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void moving_the_deadline_of_an_unknown_commitment_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void the_deadline_of_a_fulfilled_commitment_cannot_be_moved() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID),
                        new CommitmentFulfilled(ID, CERT_EXCHANGE.id(), LocalDate.of(2011, 12, 1), "First botnet report exchanged"))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void the_deadline_of_a_withdrawn_commitment_cannot_be_moved() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID),
                        new CommitmentWithdrawn(ID, CERT_EXCHANGE.id(), "Left to the CERTs themselves", LocalDate.of(2011, 12, 1)))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void deadlines_of_a_terminated_arrangement_cannot_be_moved() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.terminated())
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_deadline_cannot_be_moved_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(CONCLUDED.minusDays(1), CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void a_move_without_an_effective_date_takes_effect_today() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, null))
                .expectEvents(new CommitmentDeadlineMoved(ID, CERT_EXCHANGE.id(), YEAR_END, CERT_EXCHANGE_NEW_DEADLINE,
                        CERT_EXCHANGE_MOVE_REASON, TODAY));
    }

    @Test
    void a_move_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID))
                .when(moveCertExchange(CERT_EXCHANGE_NEW_DEADLINE, CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_previous_move() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.certExchangeDeadlineMoved())
                .when(moveCertExchange(YEAR_END_2012, CERT_EXCHANGE_MOVED_ON.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_commitment_was_agreed() {
        fixture.given(EuUsWorkingGroup.recorded(), JOINT_EXERCISE.addedTo(EuUsWorkingGroup.ID, DELIVERABLES_AGREED))
                .when(new MoveCommitmentDeadline(EuUsWorkingGroup.ID, JOINT_EXERCISE.id(), EXERCISE_NEW_DEADLINE, EXERCISE_REASON,
                        DELIVERABLES_AGREED.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void the_exercise_that_slipped_past_its_year_end_gets_its_new_deadline() {
        fixture.given(EuUsWorkingGroup.recorded(), JOINT_EXERCISE.addedTo(EuUsWorkingGroup.ID, DELIVERABLES_AGREED))
                .when(new MoveCommitmentDeadline(EuUsWorkingGroup.ID, JOINT_EXERCISE.id(), EXERCISE_NEW_DEADLINE, EXERCISE_REASON,
                        EXERCISE_MOVED_ON))
                .expectEvents(new CommitmentDeadlineMoved(EuUsWorkingGroup.ID, JOINT_EXERCISE.id(), JOINT_EXERCISE.dueBy(),
                        EXERCISE_NEW_DEADLINE, EXERCISE_REASON, EXERCISE_MOVED_ON));
    }
}
