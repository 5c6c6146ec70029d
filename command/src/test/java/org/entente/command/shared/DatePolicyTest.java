package org.entente.command.shared;

import org.entente.api.fixtures.Registry;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.SUSPENDED;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;
import static org.entente.command.shared.RuleViolationMatcher.violating;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatePolicyTest {

    private final DatePolicy usRussia = DatePolicy.under(CONCLUDED, Registry.CLOCK);

    private static RuleViolation refusal(Executable decision) {
        return assertThrows(RuleViolation.class, decision);
    }

    @Test
    void today_is_the_day_of_the_registry_clock() {
        assertThat(usRussia.today(), equalTo(TODAY));
    }

    @Test
    void something_that_happened_without_a_date_happened_today() {
        assertThat(usRussia.happenedOn(null, "effectiveOn"), equalTo(TODAY));
    }

    @Test
    void something_may_have_happened_on_the_day_of_the_conclusion_or_today() {
        assertThat(usRussia.happenedOn(CONCLUDED, "effectiveOn"), equalTo(CONCLUDED));
        assertThat(usRussia.happenedOn(TODAY, "effectiveOn"), equalTo(TODAY));
    }

    @Test
    void nothing_under_the_arrangement_happened_before_its_conclusion() {
        assertThat(refusal(() -> usRussia.happenedOn(CONCLUDED.minusDays(1), "effectiveOn")),
                violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"));
    }

    @Test
    void nothing_happened_after_today() {
        assertThat(refusal(() -> usRussia.happenedOn(TOMORROW, "receivedOn")), violating(Rule.DATE_IN_FUTURE, "receivedOn"));
    }

    @Test
    void a_required_date_must_be_named() {
        assertThat(refusal(() -> usRussia.requiredHappenedOn(null, "fulfilledOn")), violating(Rule.DATE_REQUIRED, "fulfilledOn"));
    }

    @Test
    void a_required_date_obeys_the_same_bounds() {
        assertThat(usRussia.requiredHappenedOn(YEAR_END, "fulfilledOn"), equalTo(YEAR_END));
        assertThat(refusal(() -> usRussia.requiredHappenedOn(TOMORROW, "fulfilledOn")), violating(Rule.DATE_IN_FUTURE, "fulfilledOn"));
    }

    @Test
    void an_optional_date_left_out_stays_out() {
        assertThat(usRussia.optionalHappenedOn(null, "agreedOn"), nullValue());
    }

    @Test
    void an_optional_date_given_obeys_the_same_bounds() {
        assertThat(refusal(() -> usRussia.optionalHappenedOn(CONCLUDED.minusDays(1), "agreedOn")),
                violating(Rule.DATE_BEFORE_CONCLUSION, "agreedOn"));
    }

    @Test
    void a_deadline_may_lie_in_the_future_but_not_before_the_conclusion() {
        assertThat(usRussia.deadline(TOMORROW, "dueBy"), equalTo(TOMORROW));
        assertThat(usRussia.deadline(null, "dueBy"), nullValue());
        assertThat(refusal(() -> usRussia.deadline(CONCLUDED.minusDays(1), "dueBy")), violating(Rule.DATE_BEFORE_CONCLUSION, "dueBy"));
    }

    @Test
    void without_a_known_conclusion_nothing_is_too_early() {
        LocalDate longAgo = LocalDate.of(1990, 1, 1);
        DatePolicy undated = DatePolicy.under(null, Registry.CLOCK);

        assertThat(undated.happenedOn(longAgo, "effectiveOn"), equalTo(longAgo));
        assertThat(undated.deadline(longAgo, "dueBy"), equalTo(longAgo));
    }

    @Test
    void a_change_may_take_effect_on_the_day_of_the_previous_one_or_later() {
        DatePolicy.requireInOrder(SUSPENDED, SUSPENDED, "effectiveOn", "the last status change");
        DatePolicy.requireInOrder(SUSPENDED.plusDays(1), SUSPENDED, "effectiveOn", "the last status change");
        DatePolicy.requireInOrder(SUSPENDED, null, "effectiveOn", "the last status change");
    }

    @Test
    void a_change_cannot_take_effect_before_the_previous_one() {
        assertThat(refusal(() -> DatePolicy.requireInOrder(SUSPENDED.minusDays(1), SUSPENDED, "effectiveOn", "the last status change")),
                violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"));
    }
}
