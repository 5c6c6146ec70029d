package org.entente.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.app.web.NotFound;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which arrangements a user may know of. A registrar that holds no reader's role sees only the
 * arrangements its party is party to; to it, every other arrangement answers exactly as one that does not
 * exist, so not even its existence is told. The parties come from the first event of the stream, which
 * is always current (a read model may lag behind a write the client just made) and never changes: an
 * arrangement's parties are fixed when it is recorded, so they are cached.
 */
public final class ArrangementVisibility {

    private final EventStorageEngine events;
    private final SecurityMetrics metrics;
    private final Cache<String, List<String>> parties = Caffeine.newBuilder().maximumSize(100_000).build();

    ArrangementVisibility(EventStorageEngine events, SecurityMetrics metrics) {
        this.events = events;
        this.metrics = metrics;
    }

    /** The parties of the arrangement, or of the arrangement a communication check runs under; empty when unknown. */
    public Optional<List<String>> partiesOf(String aggregateId) {
        List<String> known = parties.getIfPresent(aggregateId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<List<String>> found = firstEventOf(aggregateId).flatMap(first -> {
            if (first instanceof ArrangementRecorded recorded) {
                return Optional.of(List.copyOf(recorded.parties()));
            }
            if (first instanceof CommunicationCheckInitiated check) {
                return partiesOf(check.arrangementId());
            }
            return Optional.empty();
        });
        found.ifPresent(list -> parties.put(aggregateId, list));
        return found;
    }

    /**
     * Whether the signed-in user may see the views of the arrangement (or of the check's arrangement);
     * what does not exist is not hidden, so it answers as not found in its own words.
     */
    public boolean seesViewsOf(String aggregateId) {
        Optional<SignedInUser> user = SignedInUser.current();
        return user.isEmpty() || partiesOf(aggregateId).map(p -> user.get().seesViewsOf(p)).orElse(true);
    }

    /**
     * Whether the signed-in user may see what is on record under the arrangement beyond its views: the
     * personal details of its contacts, its history, its papers' content. Auditors and the parties do.
     */
    public boolean seesRecordsOf(String aggregateId) {
        Optional<SignedInUser> user = SignedInUser.current();
        return user.isEmpty() || partiesOf(aggregateId).map(p -> user.get().seesRecordsOf(p)).orElse(true);
    }

    /**
     * Answers as for something that does not exist, when the signed-in user may not know of it.
     *
     * @param what how the aggregate is named to a person ("arrangement", "communication check")
     */
    public void requireVisible(String aggregateId, String what) {
        if (!seesViewsOf(aggregateId)) {
            throw hidden(aggregateId, what);
        }
    }

    /** The items of a list across arrangements that the signed-in user may know of, in their order. */
    public <T> List<T> visibleItems(List<T> items, Function<T, String> arrangementOf) {
        return items.stream().filter(item -> seesViewsOf(arrangementOf.apply(item))).toList();
    }

    /** The party whose arrangements bound a list for the signed-in user, if it sees only those. */
    public static String listsLimitedTo() {
        return SignedInUser.current().flatMap(SignedInUser::visibilityLimitedTo).orElse(null);
    }

    NotFound hidden(String aggregateId, String what) {
        metrics.denied("hidden", SignedInUser.current().map(SignedInUser::name).orElse(null), "", what + " " + aggregateId);
        // Word for word what a command or read for an unknown one answers.
        return new NotFound("No " + what + " '" + aggregateId + "'");
    }

    private Optional<Object> firstEventOf(String aggregateId) {
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        return first.getSequenceNumber() == 0 ? Optional.ofNullable(first.getPayload()) : Optional.empty();
    }
}
