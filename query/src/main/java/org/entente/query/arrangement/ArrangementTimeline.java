package org.entente.query.arrangement;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.arrangement.ArrangementAsOf;
import org.entente.api.arrangement.FindArrangementAsOfQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;



/**
 * Answers what an arrangement looked like on a past date, on both time axes, by replaying its stream
 * through {@link ArrangementProjection} itself into a document held in memory: one fold, two callers,
 * so an as-of view cannot drift from the stored view.
 * <p>
 * What the registry knew at an instant is a prefix of the stream: the events recorded by then. What was
 * in effect on a day is chosen from that prefix by {@link EffectiveDates}.
 */
public class ArrangementTimeline {

    /** Only asked which event types the projection folds; it folds nothing into this store. */
    private static final AnnotationEventHandlerAdapter FOLDS =
            new AnnotationEventHandlerAdapter(new ArrangementProjection(new InMemoryDocument()));

    private final EventStore eventStore;
    private final Clock clock;

    public ArrangementTimeline(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @QueryHandler
    ArrangementAsOf handle(FindArrangementAsOfQuery query) {
        String id = query.arrangementId();
        Instant knownAt = query.knownAt() != null ? query.knownAt() : clock.instant();
        List<DomainEventMessage<?>> stream = streamOf(id);
        if (stream.isEmpty()) {
            return ArrangementAsOf.absent(id, query.asOf(), knownAt, 0, ArrangementAsOf.Absence.UNKNOWN_ARRANGEMENT,
                    "The registry has no arrangement '" + id + "'");
        }
        // Without a knownAt everything recorded counts; event timestamps are system time, and an offset
        // registry clock must not hide the latest of them.
        List<DomainEventMessage<?>> known = query.knownAt() == null ? stream : recordedBy(knownAt, stream);
        if (known.isEmpty()) {
            return ArrangementAsOf.absent(id, query.asOf(), knownAt, stream.size(), ArrangementAsOf.Absence.NOT_YET_RECORDED,
                    "Arrangement '" + id + "' was first recorded at " + stream.get(0).getTimestamp() + ", after " + knownAt);
        }
        List<DomainEventMessage<?>> folded = query.asOf() == null ? known : EffectiveDates.inEffectOn(query.asOf(), known);
        if (folded.isEmpty()) {
            LocalDate start = EffectiveDates.startOf(known);
            return ArrangementAsOf.absent(id, query.asOf(), knownAt, stream.size(), ArrangementAsOf.Absence.NOT_YET_IN_EFFECT,
                    "Arrangement '" + id + "' was in effect from " + start + ", not yet on " + query.asOf());
        }
        LocalDate judgedOn = query.asOf() != null ? query.asOf() : LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
        return new ArrangementAsOf(id, query.asOf(), knownAt, folded.size(), stream.size(),
                fold(folded).toView(judgedOn), null, null);
    }

    /** Folds the events with the projection's own handlers into a fresh document. */
    static ArrangementDocument fold(List<? extends DomainEventMessage<?>> events) {
        InMemoryDocument document = new InMemoryDocument();
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new ArrangementProjection(document));
        for (DomainEventMessage<?> event : events) {
            try {
                projection.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("Folding event " + event.getSequenceNumber() + " of '"
                        + event.getAggregateIdentifier() + "' failed", e);
            }
        }
        return document.find(events.get(0).getAggregateIdentifier()).orElseThrow();
    }

    /**
     * Reads from the first event, never from a snapshot: a snapshot is the aggregate's state, not a view.
     * Only the events the projection folds shape a view; a store written before checks had streams of their
     * own still holds check events inside arrangement streams, and those are passed over.
     */
    private List<DomainEventMessage<?>> streamOf(String arrangementId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(arrangementId, 0);
        stream.forEachRemaining(event -> {
            if (FOLDS.canHandle(event)) {
                events.add(event);
            }
        });
        return events;
    }

    /** The events recorded by that instant. Knowledge only grows, so it ends at the first later event. */
    private static List<DomainEventMessage<?>> recordedBy(Instant knownAt, List<DomainEventMessage<?>> stream) {
        List<DomainEventMessage<?>> known = new ArrayList<>();
        for (DomainEventMessage<?> event : stream) {
            if (event.getTimestamp().isAfter(knownAt)) {
                break;
            }
            known.add(event);
        }
        return known;
    }

    /** Holds the one document being rebuilt, so the projection's handlers can find and save it as usual. */
    private static final class InMemoryDocument implements ArrangementDocuments {

        private ArrangementDocument document;

        @Override
        public Optional<ArrangementDocument> find(String arrangementId) {
            return Optional.ofNullable(document).filter(d -> d.id().equals(arrangementId));
        }

        @Override
        public List<ArrangementDocument> findAll(Collection<String> arrangementIds) {
            return arrangementIds.stream().flatMap(id -> find(id).stream()).toList();
        }

        @Override
        public List<ArrangementListings.Entry> outlines(Collection<String> arrangementIds) {
            return findAll(arrangementIds).stream().map(ArrangementListing::entryOf).toList();
        }

        @Override
        public void save(ArrangementDocument document) {
            this.document = document;
        }

        @Override
        public void deleteAll() {
            document = null;
        }
    }
}
