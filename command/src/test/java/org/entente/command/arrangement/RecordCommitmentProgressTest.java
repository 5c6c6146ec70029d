package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.command.arrangement.Given.CERT_EXCHANGE;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS;
import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.US_RUSSIA_TERMINATED;
import static org.entente.command.arrangement.Given.militaryViewsAdded;
import static org.entente.command.arrangement.Given.militaryViewsFulfilled;
import static org.entente.command.arrangement.Given.militaryViewsWithdrawn;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.Given.usRussiaTerminated;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class RecordCommitmentProgressTest {

    private static final String NOTE = "USA handed over its paper on military views";
    private static final LocalDate NOTED_ON = LocalDate.of(2011, 10, 12);

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static RecordCommitmentProgress progress(String commitmentId, LocalDate effectiveOn) {
        return new RecordCommitmentProgress(US_RUSSIA, commitmentId, NOTE, effectiveOn);
    }

    @Test
    void progress_is_recorded_on_the_date_given() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(progress(MILITARY_VIEWS, NOTED_ON))
                .expectEvents(new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, NOTE, NOTED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void progress_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(progress(MILITARY_VIEWS, null))
                .expectEvents(new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, NOTE, TODAY));
    }

    @Test
    void further_progress_may_be_noted_on_a_commitment_in_progress() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(),
                        new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, "Drafts shared", LocalDate.of(2011, 9, 1)))
                .when(progress(MILITARY_VIEWS, NOTED_ON))
                .expectEvents(new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, NOTE, NOTED_ON))
                .expectResultMessagePayload(4L);
    }

    @Test
    void progress_on_an_unknown_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(progress(CERT_EXCHANGE, NOTED_ON))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void progress_on_a_fulfilled_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsFulfilled())
                .when(progress(MILITARY_VIEWS, LocalDate.of(2012, 1, 10)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void progress_on_a_withdrawn_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsWithdrawn())
                .when(progress(MILITARY_VIEWS, LocalDate.of(2012, 6, 1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void progress_after_termination_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(progress(MILITARY_VIEWS, US_RUSSIA_TERMINATED.plusDays(1)))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void progress_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(progress(MILITARY_VIEWS, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void progress_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(progress(MILITARY_VIEWS, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }
}
