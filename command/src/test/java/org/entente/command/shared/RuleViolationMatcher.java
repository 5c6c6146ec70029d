package org.entente.command.shared;

import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/**
 * Matches a {@link RuleViolation} by its rule, and optionally by the field it names: the rule is the
 * error code clients see, so a test that only checked the exception type would miss a wrong code.
 */
public final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final Rule rule;
    private final boolean checkField;
    private final String field;

    private RuleViolationMatcher(Rule rule, boolean checkField, String field) {
        this.rule = rule;
        this.checkField = checkField;
        this.field = field;
    }

    public static Matcher<RuleViolation> violating(Rule rule) {
        return new RuleViolationMatcher(rule, false, null);
    }

    public static Matcher<RuleViolation> violating(Rule rule, String field) {
        return new RuleViolationMatcher(rule, true, field);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return violation.rule() == rule && (!checkField || Objects.equals(violation.field(), field));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a violation of ").appendValue(rule);
        if (checkField) {
            description.appendText(" on field ").appendValue(field);
        }
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
        mismatch.appendText("was a violation of ").appendValue(violation.rule())
                .appendText(" on field ").appendValue(violation.field())
                .appendText(": ").appendText(violation.getMessage());
    }
}
