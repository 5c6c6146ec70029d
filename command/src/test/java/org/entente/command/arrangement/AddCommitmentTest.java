package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.entente.command.arrangement.Given.CERT_EXCHANGE;
import static org.entente.command.arrangement.Given.EU_US;
import static org.entente.command.arrangement.Given.FIFTEEN_STATES;
import static org.entente.command.arrangement.Given.JOINT_EXERCISE;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS_TEXT;
import static org.entente.command.arrangement.Given.POINTS_OF_CONTACT;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.WATCH_AND_WARNING;
import static org.entente.command.arrangement.Given.YEAR_END_2011;
import static org.entente.command.arrangement.Given.addMilitaryViews;
import static org.entente.command.arrangement.Given.euUsRecorded;
import static org.entente.command.arrangement.Given.militaryViewsAdded;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.Given.usRussiaTerminated;
import static org.entente.command.arrangement.Given.watchAndWarningRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class AddCommitmentTest {

    private static final String CERT_EXCHANGE_TEXT = "Regular information exchange between the national CERTs, e.g. on botnets";

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static AddCommitment addCertExchange(List<String> owedBy, LocalDate dueBy) {
        return new AddCommitment(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT, CommitmentCategory.INFORMATION_EXCHANGE,
                owedBy, dueBy, null);
    }

    @Test
    void a_commitment_owed_by_both_parties_is_added() {
        fixture.given(usRussiaRecorded())
                .when(addMilitaryViews())
                .expectSuccessfulHandlerExecution()
                .expectEvents(militaryViewsAdded())
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_commitment_may_be_owed_by_an_international_organisation() {
        String text = "Joint EU-US cyber-incident exercise";
        fixture.given(euUsRecorded())
                .when(new AddCommitment(EU_US, JOINT_EXERCISE, text, CommitmentCategory.JOINT_EXERCISE,
                        List.of("EU", "USA"), YEAR_END_2011, null))
                .expectEvents(new CommitmentAdded(EU_US, JOINT_EXERCISE, text, CommitmentCategory.JOINT_EXERCISE,
                        List.of("EU", "USA"), YEAR_END_2011, null));
    }

    @Test
    void a_commitment_without_a_due_date_is_owed_by_all_fifteen_states() {
        String text = "Share points of contact for cyber watch and incident response";
        fixture.given(watchAndWarningRecorded(ArrangementStatus.IN_FORCE))
                .when(new AddCommitment(WATCH_AND_WARNING, POINTS_OF_CONTACT, text, CommitmentCategory.POINT_OF_CONTACT,
                        FIFTEEN_STATES, null, null))
                .expectEvents(new CommitmentAdded(WATCH_AND_WARNING, POINTS_OF_CONTACT, text,
                        CommitmentCategory.POINT_OF_CONTACT, FIFTEEN_STATES, null, null));
    }

    @Test
    void a_commitment_may_be_owed_by_only_one_of_the_parties() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of("RUS"), YEAR_END_2011))
                .expectEvents(new CommitmentAdded(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT,
                        CommitmentCategory.INFORMATION_EXCHANGE, List.of("RUS"), YEAR_END_2011, null));
    }

    @Test
    void retrying_the_same_addition_answers_the_current_version_without_new_events() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(addMilitaryViews())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void retrying_an_addition_after_termination_still_answers_without_new_events() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(addMilitaryViews())
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void adding_different_content_under_an_existing_commitment_id_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(new AddCommitment(US_RUSSIA, MILITARY_VIEWS, MILITARY_VIEWS_TEXT,
                        CommitmentCategory.DOCTRINE_EXCHANGE, List.of("USA", "RUS"), LocalDate.of(2012, 6, 30), null))
                .expectException(violating(Rule.COMMITMENT_ALREADY_ADDED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_owed_by_nobody_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of(), YEAR_END_2011))
                .expectException(violating(Rule.NO_OBLIGOR, "owedBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_without_an_obligor_list_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(null, YEAR_END_2011))
                .expectException(violating(Rule.NO_OBLIGOR, "owedBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_be_owed_by_a_state_outside_the_arrangement() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of("USA", "CHN"), YEAR_END_2011))
                .expectException(violating(Rule.OBLIGOR_NOT_A_PARTY, "owedBy[1]"))
                .expectNoEvents();
    }

    @Test
    void an_obligor_with_an_unknown_code_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of("rus"), YEAR_END_2011))
                .expectException(violating(Rule.UNKNOWN_PARTY_CODE, "owedBy[0]"))
                .expectNoEvents();
    }

    @Test
    void an_obligor_listed_twice_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of("USA", "USA"), YEAR_END_2011))
                .expectException(violating(Rule.DUPLICATE_PARTY, "owedBy[1]"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_accepts_no_new_commitment() {
        fixture.given(usRussiaRecorded(), usRussiaTerminated())
                .when(addMilitaryViews())
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_fall_due_before_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded())
                .when(addCertExchange(List.of("USA", "RUS"), US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_agreed_after_the_arrangement_keeps_its_agreement_date() {
        LocalDate agreedOn = LocalDate.of(2013, 4, 1);
        fixture.given(usRussiaRecorded())
                .when(new AddCommitment(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT, CommitmentCategory.INFORMATION_EXCHANGE,
                        List.of("RUS"), null, agreedOn))
                .expectEvents(new CommitmentAdded(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT,
                        CommitmentCategory.INFORMATION_EXCHANGE, List.of("RUS"), null, agreedOn));
    }

    @Test
    void a_commitment_cannot_be_agreed_before_its_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded())
                .when(new AddCommitment(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT, CommitmentCategory.INFORMATION_EXCHANGE,
                        List.of("RUS"), null, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "agreedOn"))
                .expectNoEvents();
    }

    @Test
    void a_commitment_cannot_be_agreed_after_today() {
        fixture.given(usRussiaRecorded())
                .when(new AddCommitment(US_RUSSIA, CERT_EXCHANGE, CERT_EXCHANGE_TEXT, CommitmentCategory.INFORMATION_EXCHANGE,
                        List.of("RUS"), null, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "agreedOn"))
                .expectNoEvents();
    }
}
