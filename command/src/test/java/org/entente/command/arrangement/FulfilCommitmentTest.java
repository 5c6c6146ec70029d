package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.FulfilCommitment;
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

class FulfilCommitmentTest {

    private static final LocalDate EXCHANGED_ON = LocalDate.of(2011, 12, 15);
    private static final String EVIDENCE = "Papers on military views exchanged in Moscow";

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static FulfilCommitment fulfil(String commitmentId, LocalDate fulfilledOn) {
        return new FulfilCommitment(US_RUSSIA, commitmentId, fulfilledOn, EVIDENCE);
    }

    @Test
    void an_open_commitment_is_fulfilled() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(fulfil(MILITARY_VIEWS, EXCHANGED_ON))
                .expectEvents(new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, EXCHANGED_ON, EVIDENCE))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_commitment_in_progress_is_fulfilled() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(),
                        new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, "USA paper handed over", LocalDate.of(2011, 10, 12)))
                .when(fulfil(MILITARY_VIEWS, EXCHANGED_ON))
                .expectEvents(new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, EXCHANGED_ON, EVIDENCE))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_commitment_may_be_fulfilled_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(fulfil(MILITARY_VIEWS, TODAY))
                .expectEvents(new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, TODAY, EVIDENCE));
    }

    @Test
    void a_fulfilment_dated_before_termination_is_accepted_after_it() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(fulfil(MILITARY_VIEWS, EXCHANGED_ON))
                .expectEvents(new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, EXCHANGED_ON, EVIDENCE));
    }

    @Test
    void a_fulfilment_dated_on_the_day_of_termination_is_accepted() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(fulfil(MILITARY_VIEWS, US_RUSSIA_TERMINATED))
                .expectEvents(new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, US_RUSSIA_TERMINATED, EVIDENCE))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_fulfilment_dated_after_termination_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(fulfil(MILITARY_VIEWS, US_RUSSIA_TERMINATED.plusDays(1)))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void fulfilling_an_unknown_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(fulfil(CERT_EXCHANGE, EXCHANGED_ON))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void a_fulfilled_commitment_cannot_be_fulfilled_again() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsFulfilled())
                .when(fulfil(MILITARY_VIEWS, LocalDate.of(2012, 1, 10)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_commitment_cannot_be_fulfilled() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsWithdrawn())
                .when(fulfil(MILITARY_VIEWS, LocalDate.of(2012, 6, 1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_cannot_predate_the_arrangement() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(fulfil(MILITARY_VIEWS, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_cannot_be_dated_after_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(fulfil(MILITARY_VIEWS, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_without_a_date_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(fulfil(MILITARY_VIEWS, null))
                .expectException(violating(Rule.DATE_REQUIRED, "fulfilledOn"))
                .expectNoEvents();
    }
}
