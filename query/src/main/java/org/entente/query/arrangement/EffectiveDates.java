package org.entente.query.arrangement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatusChanged;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which events of an arrangement's stream were in effect in the world on a given day. Each event
 * type has exactly one rule: the date it carries, and what it is about.
 * <ul>
 * <li>The arrangement exists from its conclusion. Without a conclusion date, from the earliest date
 * any of its events took effect, or the day it was recorded if that is earlier.</li>
 * <li>An event with a date of its own (effective, fulfilled, received, submitted) counts from that
 * date, and only if what it is about (commitment, contact, paper) was in effect too.</li>
 * <li>A commitment counts from the day it was agreed, or with the arrangement if it was agreed with it.</li>
 * <li>An amendment of title or source carries no date: it corrects the record and applies on every day.</li>
 * <li>A supersession counts once both papers were submitted.</li>
 * </ul>
 * The aggregate keeps the effective dates of one thing in order, so the events that count, folded in
 * stream order, give the state on that day.
 */
public final class EffectiveDates {

    /** What an event is about: nothing but the arrangement, a thing it brings into effect, or a thing it changes. */
    private enum Relation { ARRANGEMENT, INTRODUCES, CONCERNS }

    private enum Subject { COMMITMENT, CONTACT, PAPER }

    /** One event type's rule. {@code date} is null for an event that carries none. */
    private record Rule<E>(Relation relation, Subject subject, Function<E, String> subjectId, Function<E, LocalDate> date) {

        static <E> Rule<E> arrangement(Function<E, LocalDate> date) {
            return new Rule<>(Relation.ARRANGEMENT, null, e -> null, date);
        }

        static <E> Rule<E> introduces(Subject subject, Function<E, String> id, Function<E, LocalDate> date) {
            return new Rule<>(Relation.INTRODUCES, subject, id, date);
        }

        static <E> Rule<E> concerns(Subject subject, Function<E, String> id, Function<E, LocalDate> date) {
            return new Rule<>(Relation.CONCERNS, subject, id, date);
        }
    }

    /** The rule of each concrete event type; a sealed type's rule is that of each type it permits. */
    private static final Map<Class<?>, Rule<?>> RULES = byConcreteType(Map.ofEntries(
            Map.entry(ArrangementRecorded.class,
                    Rule.<ArrangementRecorded>arrangement(ArrangementRecorded::concludedOn)),
            Map.entry(ArrangementStatusChanged.class,
                    Rule.<ArrangementStatusChanged>arrangement(ArrangementStatusChanged::effectiveOn)),
            Map.entry(ArrangementAmended.class, Rule.<ArrangementAmended>arrangement(e -> null)),
            Map.entry(CommitmentAdded.class,
                    Rule.introduces(Subject.COMMITMENT, CommitmentAdded::commitmentId, CommitmentAdded::agreedOn)),
            Map.entry(CommitmentProgressRecorded.class,
                    Rule.concerns(Subject.COMMITMENT, CommitmentProgressRecorded::commitmentId, CommitmentProgressRecorded::effectiveOn)),
            Map.entry(CommitmentFulfilled.class,
                    Rule.concerns(Subject.COMMITMENT, CommitmentFulfilled::commitmentId, CommitmentFulfilled::fulfilledOn)),
            Map.entry(CommitmentFulfilledByExchange.class,
                    Rule.concerns(Subject.COMMITMENT, CommitmentFulfilledByExchange::commitmentId, CommitmentFulfilledByExchange::fulfilledOn)),
            Map.entry(CommitmentWithdrawn.class,
                    Rule.concerns(Subject.COMMITMENT, CommitmentWithdrawn::commitmentId, CommitmentWithdrawn::effectiveOn)),
            Map.entry(CommitmentDeadlineMoved.class,
                    Rule.concerns(Subject.COMMITMENT, CommitmentDeadlineMoved::commitmentId, CommitmentDeadlineMoved::effectiveOn)),
            Map.entry(PointOfContactDesignated.class,
                    Rule.introduces(Subject.CONTACT, PointOfContactDesignated::contactId, PointOfContactDesignated::effectiveOn)),
            Map.entry(PointOfContactUpdated.class,
                    Rule.concerns(Subject.CONTACT, PointOfContactUpdated::contactId, PointOfContactUpdated::effectiveOn)),
            Map.entry(PointOfContactRetired.class,
                    Rule.concerns(Subject.CONTACT, PointOfContactRetired::contactId, PointOfContactRetired::effectiveOn)),
            Map.entry(DoctrinePaperSubmitted.class,
                    Rule.introduces(Subject.PAPER, DoctrinePaperSubmitted::paperId, DoctrinePaperSubmitted::submittedOn)),
            Map.entry(DoctrinePaperReceiptAcknowledged.class,
                    Rule.concerns(Subject.PAPER, DoctrinePaperReceiptAcknowledged::paperId, DoctrinePaperReceiptAcknowledged::receivedOn)),
            // The superseded paper is the subject; the superseding one must be in effect too (checked below).
            Map.entry(DoctrinePaperSuperseded.class,
                    Rule.concerns(Subject.PAPER, DoctrinePaperSuperseded::paperId, e -> null))));

    private EffectiveDates() {
    }

    private static Map<Class<?>, Rule<?>> byConcreteType(Map<Class<?>, Rule<?>> rules) {
        Map<Class<?>, Rule<?>> concrete = new HashMap<>();
        rules.forEach((type, rule) -> {
            for (Class<?> permitted : type.isSealed() ? type.getPermittedSubclasses() : new Class<?>[] {type}) {
                concrete.put(permitted, rule);
            }
        });
        return Map.copyOf(concrete);
    }

    /** The day an event took effect in the world, or null if it carries none. */
    static LocalDate dateOf(Object payload) {
        return ruleFor(payload).date().apply(payload);
    }

    /** Whether the rules know this event type; a type without a rule would make as-of reads fail. */
    public static boolean knows(Class<?> eventType) {
        return RULES.containsKey(eventType);
    }

    /**
     * The events of the stream that were in effect on {@code day}, in stream order; empty if the
     * arrangement itself was not yet in effect then.
     */
    static List<DomainEventMessage<?>> inEffectOn(LocalDate day, List<? extends DomainEventMessage<?>> stream) {
        if (stream.isEmpty()) {
            return List.of();
        }
        LocalDate start = startOf(stream);
        if (start.isAfter(day)) {
            return List.of();
        }
        Map<Subject, Set<String>> inEffect = new HashMap<>();
        List<DomainEventMessage<?>> selected = new ArrayList<>();
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            Rule<Object> rule = ruleFor(payload);
            LocalDate date = rule.date().apply(payload);
            boolean counts = switch (rule.relation()) {
                case ARRANGEMENT -> date == null || !date.isAfter(day);
                case INTRODUCES -> !(date != null ? date : start).isAfter(day);
                case CONCERNS -> inEffect.getOrDefault(rule.subject(), Set.of()).contains(rule.subjectId().apply(payload))
                        && (date == null || !date.isAfter(day));
            };
            if (counts && payload instanceof DoctrinePaperSuperseded superseded) {
                counts = inEffect.getOrDefault(Subject.PAPER, Set.of()).contains(superseded.byPaperId());
            }
            if (counts && rule.relation() == Relation.INTRODUCES) {
                inEffect.computeIfAbsent(rule.subject(), s -> new HashSet<>()).add(rule.subjectId().apply(payload));
            }
            if (counts) {
                selected.add(event);
            }
        }
        return selected;
    }

    /**
     * The day from which the arrangement was in effect: its conclusion, else the earliest date any of
     * its events took effect or the day it was recorded, whichever is earlier.
     */
    static LocalDate startOf(List<? extends DomainEventMessage<?>> stream) {
        DomainEventMessage<?> first = stream.get(0);
        if (!(first.getPayload() instanceof ArrangementRecorded recorded)) {
            throw new IllegalStateException("The stream of '" + first.getAggregateIdentifier()
                    + "' does not start with its recording but with " + first.getPayloadType().getSimpleName());
        }
        if (recorded.concludedOn() != null) {
            return recorded.concludedOn();
        }
        LocalDate start = dayOf(first.getTimestamp());
        for (DomainEventMessage<?> event : stream) {
            LocalDate date = ruleFor(event.getPayload()).date().apply(event.getPayload());
            if (date != null && date.isBefore(start)) {
                start = date;
            }
        }
        return start;
    }

    @SuppressWarnings("unchecked")
    private static Rule<Object> ruleFor(Object payload) {
        Rule<?> rule = RULES.get(payload.getClass());
        if (rule == null) {
            throw new IllegalStateException("No effective-date rule for " + payload.getClass().getName());
        }
        return (Rule<Object>) rule;
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
