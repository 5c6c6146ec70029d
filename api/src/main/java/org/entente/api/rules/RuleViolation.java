package org.entente.api.rules;

/**
 * A command was rejected because it breaks a named business rule. Thrown by aggregates before any
 * event is applied, so a violation never leaves a trace in the event store.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String field;

    public RuleViolation(Rule rule, String detail) {
        this(rule, null, detail);
    }

    public RuleViolation(Rule rule, String field, String detail) {
        super(detail);
        this.rule = rule;
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    /** The request field the violation is about, or {@code null} when it concerns the whole command. */
    public String field() {
        return field;
    }
}
