package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static org.entente.api.arrangement.ArrangementStatus.IN_FORCE;
import static org.entente.api.arrangement.ArrangementStatus.NEGOTIATING;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.INSTRUMENT;
import static org.entente.api.fixtures.UsRussia2011.PARTIES;
import static org.entente.api.fixtures.UsRussia2011.SOURCE;
import static org.entente.api.fixtures.UsRussia2011.TITLE;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class RecordArrangementTest {

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static RecordArrangement recordUsRussia(List<String> parties, ArrangementStatus status) {
        return new RecordArrangement(ID, TITLE, INSTRUMENT, parties, status, CONCLUDED, SOURCE);
    }

    private static RecordArrangement recordWatchAndWarning(ArrangementStatus status) {
        return new RecordArrangement(WatchAndWarning.ID, WatchAndWarning.TITLE, WatchAndWarning.INSTRUMENT,
                WatchAndWarning.PARTIES, status, WatchAndWarning.CONCLUDED, WatchAndWarning.SOURCE);
    }

    @Test
    void a_bilateral_arrangement_is_recorded_with_two_parties() {
        fixture.givenNoPriorActivity()
                .when(UsRussia2011.record())
                .expectSuccessfulHandlerExecution()
                .expectEvents(UsRussia2011.recorded())
                .expectResultMessagePayload(1L);
    }

    @Test
    void an_arrangement_recorded_without_a_status_is_in_force() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(PARTIES, null))
                .expectEvents(UsRussia2011.TERMS.recordedAs(ID, IN_FORCE));
    }

    @Test
    void an_arrangement_still_under_negotiation_is_recorded_as_negotiating() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(PARTIES, NEGOTIATING))
                .expectEvents(UsRussia2011.TERMS.recordedAs(ID, NEGOTIATING))
                .expectResultMessagePayload(1L);
    }

    @Test
    void an_arrangement_between_fifteen_states_is_recorded_as_multilateral() {
        fixture.givenNoPriorActivity()
                .when(WatchAndWarning.record())
                .expectEvents(WatchAndWarning.recorded())
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_multilateral_arrangement_may_be_recorded_while_negotiating() {
        fixture.givenNoPriorActivity()
                .when(recordWatchAndWarning(NEGOTIATING))
                .expectEvents(WatchAndWarning.TERMS.recordedAs(WatchAndWarning.ID, NEGOTIATING));
    }

    @Test
    void an_international_organisation_is_accepted_as_a_party() {
        fixture.givenNoPriorActivity()
                .when(EuUsWorkingGroup.record())
                .expectEvents(EuUsWorkingGroup.recorded());
    }

    @Test
    void retrying_the_same_recording_answers_the_current_version_without_new_events() {
        fixture.given(UsRussia2011.recorded())
                .when(UsRussia2011.record())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_retry_that_names_the_default_status_is_still_the_same_recording() {
        fixture.given(UsRussia2011.recorded())
                .when(recordUsRussia(PARTIES, IN_FORCE))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void recording_different_content_under_an_existing_id_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(new RecordArrangement(ID, "A different statement", INSTRUMENT, PARTIES, null, CONCLUDED, SOURCE))
                .expectException(violating(Rule.ARRANGEMENT_ALREADY_RECORDED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_lower_case_state_code_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(List.of("usa", "RUS"), null))
                .expectException(violating(Rule.UNKNOWN_PARTY_CODE, "parties[0]"))
                .expectNoEvents();
    }

    @Test
    void a_missing_party_code_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(Arrays.asList("USA", null), null))
                .expectException(violating(Rule.UNKNOWN_PARTY_CODE, "parties[1]"))
                .expectNoEvents();
    }

    @Test
    void a_two_letter_state_code_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(List.of("US", "RUS"), null))
                .expectException(violating(Rule.UNKNOWN_PARTY_CODE, "parties[0]"))
                .expectNoEvents();
    }

    @Test
    void a_party_listed_twice_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(List.of("USA", "RUS", "USA"), null))
                .expectException(violating(Rule.DUPLICATE_PARTY, "parties[2]"))
                .expectNoEvents();
    }

    @Test
    void the_same_party_twice_does_not_make_two_parties() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(List.of("USA", "USA"), null))
                .expectException(violating(Rule.DUPLICATE_PARTY, "parties[1]"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_with_a_single_party_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(List.of("USA"), null))
                .expectException(violating(Rule.TOO_FEW_PARTIES, "parties"))
                .expectNoEvents();
    }

    @Test
    void an_arrangement_without_parties_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(null, null))
                .expectException(violating(Rule.TOO_FEW_PARTIES, "parties"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ArrangementStatus.class, names = {"SUSPENDED", "TERMINATED"})
    void an_arrangement_cannot_be_recorded_as_suspended_or_terminated(ArrangementStatus status) {
        fixture.givenNoPriorActivity()
                .when(recordUsRussia(PARTIES, status))
                .expectException(violating(Rule.INVALID_INITIAL_STATUS, "status"))
                .expectNoEvents();
    }
}
