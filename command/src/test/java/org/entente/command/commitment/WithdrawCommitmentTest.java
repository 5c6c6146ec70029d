package org.entente.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.WithdrawCommitment;
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
import static org.entente.command.shared.RuleViolationMatcher.violating;

class WithdrawCommitmentTest {

    private static final String REASON = "Superseded by a broader dialogue on military doctrine";
    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2012, 5, 1);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static WithdrawCommitment withdraw(String commitmentId, LocalDate effectiveOn) {
        return new WithdrawCommitment(ID, commitmentId, REASON, effectiveOn);
    }

    @Test
    void a_commitment_is_withdrawn_on_the_date_given() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(withdraw(MILITARY_VIEWS.id(), WITHDRAWN_ON))
                .expectEvents(new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), REASON, WITHDRAWN_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_withdrawal_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(withdraw(MILITARY_VIEWS.id(), null))
                .expectEvents(new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), REASON, TODAY));
    }

    @Test
    void withdrawing_an_unknown_commitment_is_rejected() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(withdraw(CERT_EXCHANGE.id(), WITHDRAWN_ON))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void a_fulfilled_commitment_cannot_be_withdrawn() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, "Papers exchanged"))
                .when(withdraw(MILITARY_VIEWS.id(), WITHDRAWN_ON))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_commitment_cannot_be_withdrawn_again() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), REASON, WITHDRAWN_ON))
                .when(withdraw(MILITARY_VIEWS.id(), WITHDRAWN_ON.plusMonths(1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_cannot_predate_the_arrangement() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(withdraw(MILITARY_VIEWS.id(), CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(withdraw(MILITARY_VIEWS.id(), TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }
}
