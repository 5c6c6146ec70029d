package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.entente.command.arrangement.Given.CERT_EXCHANGE;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS;
import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.militaryViewsAdded;
import static org.entente.command.arrangement.Given.militaryViewsFulfilled;
import static org.entente.command.arrangement.Given.militaryViewsWithdrawn;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class WithdrawCommitmentTest {

    private static final String REASON = "Superseded by a broader dialogue on military doctrine";
    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2012, 5, 1);

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static WithdrawCommitment withdraw(String commitmentId, LocalDate effectiveOn) {
        return new WithdrawCommitment(US_RUSSIA, commitmentId, REASON, effectiveOn);
    }

    @Test
    void a_commitment_is_withdrawn_on_the_date_given() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(withdraw(MILITARY_VIEWS, WITHDRAWN_ON))
                .expectEvents(new CommitmentWithdrawn(US_RUSSIA, MILITARY_VIEWS, REASON, WITHDRAWN_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_withdrawal_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(withdraw(MILITARY_VIEWS, null))
                .expectEvents(new CommitmentWithdrawn(US_RUSSIA, MILITARY_VIEWS, REASON, TODAY));
    }

    @Test
    void withdrawing_an_unknown_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(withdraw(CERT_EXCHANGE, WITHDRAWN_ON))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void a_fulfilled_commitment_cannot_be_withdrawn() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsFulfilled())
                .when(withdraw(MILITARY_VIEWS, WITHDRAWN_ON))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_commitment_cannot_be_withdrawn_again() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsWithdrawn())
                .when(withdraw(MILITARY_VIEWS, WITHDRAWN_ON.plusMonths(1)))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_cannot_predate_the_arrangement() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(withdraw(MILITARY_VIEWS, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(withdraw(MILITARY_VIEWS, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }
}
