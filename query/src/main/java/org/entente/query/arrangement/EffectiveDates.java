package org.entente.query.arrangement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which events of an arrangement's stream were in effect in the world on a given day. Each event
 * type has exactly one rule, and the rules are the business meaning of the dates the events carry:
 * <ul>
 * <li>the arrangement exists from its conclusion (or, without a conclusion date, from its recording);</li>
 * <li>an event with a date of its own (effective, fulfilled, received, submitted, initiated) counts
 * from that date, and only if what it is about (commitment, contact, paper, check) was in effect too;</li>
 * <li>a commitment counts from the day it was agreed, or with the arrangement if it was agreed with it;</li>
 * <li>an amendment of title or source carries no date: it corrects the record and so applies on every day;</li>
 * <li>a supersession counts once both papers were submitted.</li>
 * </ul>
 * The aggregate keeps effective dates of one thing in order, so the events that count, folded in
 * stream order, give the state on that day.
 */
final class EffectiveDates {

    private static final Map<Class<?>, BiPredicate<Object, Selection>> RULES = Map.ofEntries(
            rule(ArrangementRecorded.class, (e, s) -> true),
            rule(ArrangementEnteredIntoForce.class, (e, s) -> s.reached(e.effectiveOn())),
            rule(ArrangementSuspended.class, (e, s) -> s.reached(e.effectiveOn())),
            rule(ArrangementResumed.class, (e, s) -> s.reached(e.effectiveOn())),
            rule(ArrangementTerminated.class, (e, s) -> s.reached(e.effectiveOn())),
            rule(ArrangementAmended.class, (e, s) -> true),
            rule(CommitmentAdded.class, (e, s) -> s.admit(s.commitments, e.commitmentId(),
                    e.agreedOn() != null ? e.agreedOn() : s.arrangementStart)),
            rule(CommitmentProgressRecorded.class, (e, s) -> s.concerns(s.commitments, e.commitmentId(), e.effectiveOn())),
            rule(CommitmentFulfilled.class, (e, s) -> s.concerns(s.commitments, e.commitmentId(), e.fulfilledOn())),
            rule(CommitmentFulfilledByExchange.class, (e, s) -> s.concerns(s.commitments, e.commitmentId(), e.fulfilledOn())),
            rule(CommitmentWithdrawn.class, (e, s) -> s.concerns(s.commitments, e.commitmentId(), e.effectiveOn())),
            rule(CommitmentDeadlineMoved.class, (e, s) -> s.concerns(s.commitments, e.commitmentId(), e.effectiveOn())),
            rule(PointOfContactDesignated.class, (e, s) -> s.admit(s.contacts, e.contactId(), e.effectiveOn())),
            rule(PointOfContactUpdated.class, (e, s) -> s.concerns(s.contacts, e.contactId(), e.effectiveOn())),
            rule(PointOfContactRetired.class, (e, s) -> s.concerns(s.contacts, e.contactId(), e.effectiveOn())),
            rule(CommunicationCheckInitiated.class, (e, s) -> s.admit(s.checks, e.checkId(), dayOf(e.initiatedAt()))),
            rule(CommunicationCheckAnswered.class, (e, s) -> s.concerns(s.checks, e.checkId(), dayOf(e.answeredAt()))),
            rule(CommunicationCheckFailed.class, (e, s) -> s.concerns(s.checks, e.checkId(), dayOf(e.failedAt()))),
            rule(DoctrinePaperSubmitted.class, (e, s) -> s.admit(s.papers, e.paperId(), e.submittedOn())),
            rule(DoctrinePaperReceiptAcknowledged.class, (e, s) -> s.concerns(s.papers, e.paperId(), e.receivedOn())),
            rule(DoctrinePaperSuperseded.class, (e, s) -> s.papers.contains(e.paperId()) && s.papers.contains(e.byPaperId())));

    private EffectiveDates() {
    }

    /** Whether the rules know this event type; a type without a rule would make as-of reads fail. */
    static boolean knows(Class<?> eventType) {
        return RULES.containsKey(eventType);
    }

    /**
     * The events of the stream that were in effect on {@code day}, in stream order; empty if the
     * arrangement itself was not yet concluded then.
     */
    static List<DomainEventMessage<?>> inEffectOn(LocalDate day, List<? extends DomainEventMessage<?>> stream) {
        if (stream.isEmpty()) {
            return List.of();
        }
        DomainEventMessage<?> first = stream.get(0);
        if (!(first.getPayload() instanceof ArrangementRecorded recorded)) {
            throw new IllegalStateException("The stream of '" + first.getAggregateIdentifier()
                    + "' does not start with its recording but with " + first.getPayloadType().getSimpleName());
        }
        LocalDate start = startOf(recorded, first.getTimestamp());
        if (start.isAfter(day)) {
            return List.of();
        }
        Selection selection = new Selection(day, start);
        List<DomainEventMessage<?>> selected = new ArrayList<>();
        for (DomainEventMessage<?> event : stream) {
            BiPredicate<Object, Selection> rule = RULES.get(event.getPayloadType());
            if (rule == null) {
                throw new IllegalStateException("No effective-date rule for " + event.getPayloadType().getName());
            }
            if (rule.test(event.getPayload(), selection)) {
                selected.add(event);
            }
        }
        return selected;
    }

    /** The day from which the arrangement was in effect in the world. */
    static LocalDate startOf(ArrangementRecorded recorded, Instant recordedAt) {
        return recorded.concludedOn() != null ? recorded.concludedOn() : dayOf(recordedAt);
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static <E> Map.Entry<Class<?>, BiPredicate<Object, Selection>> rule(Class<E> type,
                                                                               BiPredicate<E, Selection> rule) {
        return Map.entry(type, (event, selection) -> rule.test((E) event, selection));
    }

    /** What has been found in effect so far while walking one stream. */
    private static final class Selection {

        private final LocalDate day;
        private final LocalDate arrangementStart;
        private final Set<String> commitments = new HashSet<>();
        private final Set<String> contacts = new HashSet<>();
        private final Set<String> checks = new HashSet<>();
        private final Set<String> papers = new HashSet<>();

        private Selection(LocalDate day, LocalDate arrangementStart) {
            this.day = day;
            this.arrangementStart = arrangementStart;
        }

        private boolean reached(LocalDate date) {
            return !date.isAfter(day);
        }

        /** A thing counts from its own date; later events about it count only if it does. */
        private boolean admit(Set<String> inEffect, String id, LocalDate from) {
            if (reached(from)) {
                inEffect.add(id);
                return true;
            }
            return false;
        }

        private boolean concerns(Set<String> inEffect, String id, LocalDate on) {
            return inEffect.contains(id) && reached(on);
        }
    }
}
