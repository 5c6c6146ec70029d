package org.entente.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.entente.api.fixtures.EuUsWorkingGroup.AWARENESS;
import static org.entente.api.fixtures.EuUsWorkingGroup.CONVENTION;
import static org.entente.api.fixtures.EuUsWorkingGroup.DELIVERABLES_AGREED;
import static org.entente.api.fixtures.EuUsWorkingGroup.JOINT_EXERCISE;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class AddCommitmentTest {

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static AddCommitment addCertExchange(List<String> owedBy, LocalDate dueBy) {
        return new AddCommitment(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE.text(), CERT_EXCHANGE.category(), owedBy, dueBy, null);
    }

    private static AddCommitment addJointExercise(LocalDate agreedOn) {
        return new AddCommitment(EuUsWorkingGroup.ID, JOINT_EXERCISE.id(), JOINT_EXERCISE.text(), JOINT_EXERCISE.category(),
                JOINT_EXERCISE.owedBy(), JOINT_EXERCISE.dueBy(), agreedOn);
    }

    @Test
    void a_commitment_owed_by_both_parties_is_added() {
        fixture.given(UsRussia2011.recorded())
                .when(MILITARY_VIEWS.addTo(ID))
                .expectSuccessfulHandlerExecution()
                .expectEvents(MILITARY_VIEWS.addedTo(ID))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_commitment_may_be_owed_by_an_international_organisation() {
        fixture.given(EuUsWorkingGroup.recorded())
                .when(JOINT_EXERCISE.addTo(EuUsWorkingGroup.ID))
                .expectEvents(JOINT_EXERCISE.addedTo(EuUsWorkingGroup.ID));
    }

    @Test
    void a_commitment_may_have_no_due_date() {
        fixture.given(EuUsWorkingGroup.recorded())
                .when(AWARENESS.addTo(EuUsWorkingGroup.ID))
                .expectEvents(AWARENESS.addedTo(EuUsWorkingGroup.ID));
    }

    @Test
    void a_commitment_may_be_owed_by_all_fifteen_states() {
        fixture.given(WatchAndWarning.recorded())
                .when(WatchAndWarning.POINTS_OF_CONTACT.addTo(WatchAndWarning.ID))
                .expectEvents(WatchAndWarning.POINTS_OF_CONTACT.addedTo(WatchAndWarning.ID));
    }

    @Test
    void a_commitment_may_be_owed_by_only_one_of_the_parties() {
        fixture.given(EuUsWorkingGroup.recorded())
                .when(CONVENTION.addTo(EuUsWorkingGroup.ID))
                .expectEvents(CONVENTION.addedTo(EuUsWorkingGroup.ID));
    }

    @Test
    void retrying_the_same_addition_answers_the_current_version_without_new_events() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(MILITARY_VIEWS.addTo(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void retrying_an_addition_after_termination_still_answers_without_new_events() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(MILITARY_VIEWS.addTo(ID))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void adding_different_content_under_an_existing_commitment_id_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(new AddCommitment(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS.text(), MILITARY_VIEWS.category(),
                        MILITARY_VIEWS.owedBy(), CERT_EXCHANGE_NEW_DEADLINE, null))
                .expectException(violating(Rule.COMMITMENT_ALREADY_ADDED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_owed_by_nobody_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(List.of(), YEAR_END))
                .expectException(violating(Rule.NO_OBLIGOR, "owedBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_without_an_obligor_list_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(null, YEAR_END))
                .expectException(violating(Rule.NO_OBLIGOR, "owedBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_be_owed_by_a_state_outside_the_arrangement() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(List.of("USA", "CHN"), YEAR_END))
                .expectException(violating(Rule.OBLIGOR_NOT_A_PARTY, "owedBy[1]"))
                .expectNoEvents();
    }

    @Test
    void an_obligor_with_an_unknown_code_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(List.of("rus"), YEAR_END))
                .expectException(violating(Rule.UNKNOWN_PARTY_CODE, "owedBy[0]"))
                .expectNoEvents();
    }

    @Test
    void an_obligor_listed_twice_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(List.of("USA", "USA"), YEAR_END))
                .expectException(violating(Rule.DUPLICATE_PARTY, "owedBy[1]"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_accepts_no_new_commitment() {
        fixture.given(UsRussia2011.recorded(), UsRussia2011.terminated())
                .when(MILITARY_VIEWS.addTo(ID))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_fall_due_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded())
                .when(addCertExchange(UsRussia2011.PARTIES, CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_agreed_after_the_arrangement_keeps_its_agreement_date() {
        // The working group was set up in November 2010; its deliverables were agreed in April 2011.
        fixture.given(EuUsWorkingGroup.recorded())
                .when(addJointExercise(DELIVERABLES_AGREED))
                .expectEvents(JOINT_EXERCISE.addedTo(EuUsWorkingGroup.ID, DELIVERABLES_AGREED));
    }

    @Test
    void a_commitment_cannot_be_agreed_before_its_arrangement_was_concluded() {
        fixture.given(EuUsWorkingGroup.recorded())
                .when(addJointExercise(EuUsWorkingGroup.CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "agreedOn"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_be_agreed_after_today() {
        fixture.given(EuUsWorkingGroup.recorded())
                .when(addJointExercise(TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "agreedOn"))
                .expectNoEvents();
    }
}
