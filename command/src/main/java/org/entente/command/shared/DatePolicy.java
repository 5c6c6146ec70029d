package org.entente.command.shared;

import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates a fact under an arrangement may carry: not before the arrangement was concluded, and, for
 * something that happened, not after today. A date left out means today. One policy, so every command
 * words and codes these refusals alike.
 *
 * @param concludedOn the arrangement's conclusion, or null when unknown (then nothing is too early)
 * @param today       today on the registry's clock
 */
public record DatePolicy(LocalDate concludedOn, LocalDate today) {

    public static DatePolicy under(LocalDate concludedOn, Clock clock) {
        return new DatePolicy(concludedOn, LocalDate.now(clock));
    }

    /** The day something happened, today if not given. */
    public LocalDate happenedOn(LocalDate date, String field) {
        return happened(date != null ? date : today, field);
    }

    /** The day something happened, which the command must name. */
    public LocalDate requiredHappenedOn(LocalDate date, String field) {
        if (date == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, field, field + " is required");
        }
        return happened(date, field);
    }

    /** A day something happened that may be left out (null stays null). */
    public LocalDate optionalHappenedOn(LocalDate date, String field) {
        return date == null ? null : happened(date, field);
    }

    /** A deadline: it may lie in the future, not before the conclusion (null: none). */
    public LocalDate deadline(LocalDate date, String field) {
        requireNotBeforeConclusion(date, field);
        return date;
    }

    /** A change of one thing cannot take effect before that thing's previous change. */
    public static void requireInOrder(LocalDate date, LocalDate previous, String field, String whatChangedLast) {
        if (previous != null && date.isBefore(previous)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, field,
                    "The change would take effect on " + date + ", before " + whatChangedLast + " (" + previous + ")");
        }
    }

    private LocalDate happened(LocalDate date, String field) {
        requireNotBeforeConclusion(date, field);
        if (date.isAfter(today)) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, field, field + " " + date + " lies after today (" + today + ")");
        }
        return date;
    }

    private void requireNotBeforeConclusion(LocalDate date, String field) {
        if (date != null && concludedOn != null && date.isBefore(concludedOn)) {
            throw new RuleViolation(Rule.DATE_BEFORE_CONCLUSION, field,
                    field + " " + date + " lies before the arrangement was concluded (" + concludedOn + ")");
        }
    }
}
