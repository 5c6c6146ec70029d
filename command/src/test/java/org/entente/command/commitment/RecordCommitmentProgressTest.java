package org.entente.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.RecordCommitmentProgress;
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

class RecordCommitmentProgressTest {

    private static final String NOTE = "The United States handed over its paper on military views";

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static RecordCommitmentProgress progress(String commitmentId, LocalDate effectiveOn) {
        return new RecordCommitmentProgress(ID, commitmentId, NOTE, effectiveOn);
    }

    @Test
    void progress_is_recorded_on_the_date_given() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(MILITARY_VIEWS.id(), US_PAPER_HANDED_OVER))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .expectResultMessagePayload(3L);
    }

    @Test
    void progress_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(MILITARY_VIEWS.id(), null))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, TODAY));
    }

    @Test
    void further_progress_may_be_noted_on_a_commitment_in_progress() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), "Drafts shared", LocalDate.of(2011, 9, 1)))
                .when(progress(MILITARY_VIEWS.id(), US_PAPER_HANDED_OVER))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .expectResultMessagePayload(4L);
    }

    @Test
    void progress_on_an_unknown_commitment_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(CERT_EXCHANGE.id(), US_PAPER_HANDED_OVER))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void progress_on_a_fulfilled_commitment_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, "Papers exchanged"))
                .when(progress(MILITARY_VIEWS.id(), LocalDate.of(2012, 1, 10)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void progress_on_a_withdrawn_commitment_is_rejected() {
        LocalDate withdrawnOn = LocalDate.of(2012, 5, 1);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), "Superseded by a broader dialogue", withdrawnOn))
                .when(progress(MILITARY_VIEWS.id(), withdrawnOn.plusMonths(1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void progress_after_termination_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), UsRussia2011.terminated())
                .when(progress(MILITARY_VIEWS.id(), TERMINATED.plusDays(1)))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void progress_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(MILITARY_VIEWS.id(), CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void progress_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(MILITARY_VIEWS.id(), TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }
}
