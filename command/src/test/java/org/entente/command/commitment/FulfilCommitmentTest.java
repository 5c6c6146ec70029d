package org.entente.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS_FULFILLED;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_HANDED_OVER;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class FulfilCommitmentTest {

    private static final String EVIDENCE = "Papers on military views exchanged";

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static FulfilCommitment fulfil(String commitmentId, LocalDate fulfilledOn) {
        return new FulfilCommitment(ID, commitmentId, fulfilledOn, EVIDENCE);
    }

    private static CommitmentFulfilled militaryViewsFulfilledOn(LocalDate fulfilledOn) {
        return new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), fulfilledOn, EVIDENCE);
    }

    @Test
    void an_open_commitment_is_fulfilled() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(fulfil(MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED))
                .expectEvents(militaryViewsFulfilledOn(MILITARY_VIEWS_FULFILLED))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_commitment_in_progress_is_fulfilled() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), "US paper handed over", US_PAPER_HANDED_OVER))
                .when(fulfil(MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED))
                .expectEvents(militaryViewsFulfilledOn(MILITARY_VIEWS_FULFILLED))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_commitment_may_be_fulfilled_today() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(fulfil(MILITARY_VIEWS.id(), TODAY))
                .expectEvents(militaryViewsFulfilledOn(TODAY));
    }

    @Test
    void a_fulfilment_dated_before_termination_is_accepted_after_it() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(fulfil(MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED))
                .expectEvents(militaryViewsFulfilledOn(MILITARY_VIEWS_FULFILLED));
    }

    @Test
    void a_fulfilment_dated_on_the_day_of_termination_is_accepted() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(fulfil(MILITARY_VIEWS.id(), TERMINATED))
                .expectEvents(militaryViewsFulfilledOn(TERMINATED))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_fulfilment_dated_after_termination_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(fulfil(MILITARY_VIEWS.id(), TERMINATED.plusDays(1)))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void fulfilling_an_unknown_commitment_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(fulfil(CERT_EXCHANGE.id(), MILITARY_VIEWS_FULFILLED))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void a_fulfilled_commitment_cannot_be_fulfilled_again() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), militaryViewsFulfilledOn(MILITARY_VIEWS_FULFILLED))
                .when(fulfil(MILITARY_VIEWS.id(), LocalDate.of(2012, 1, 10)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_commitment_cannot_be_fulfilled() {
        LocalDate withdrawnOn = LocalDate.of(2012, 5, 1);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), "Superseded by a broader dialogue", withdrawnOn))
                .when(fulfil(MILITARY_VIEWS.id(), withdrawnOn.plusMonths(1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_cannot_predate_the_arrangement() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(fulfil(MILITARY_VIEWS.id(), CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_cannot_be_dated_after_today() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(fulfil(MILITARY_VIEWS.id(), TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "fulfilledOn"))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_without_a_date_is_rejected_even_after_termination() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(fulfil(MILITARY_VIEWS.id(), null))
                .expectException(violating(Rule.DATE_REQUIRED, "fulfilledOn"))
                .expectNoEvents();
    }
}
