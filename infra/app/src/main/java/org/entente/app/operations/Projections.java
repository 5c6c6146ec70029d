package org.entente.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where every projection stands, computed one way for the administration endpoint and for the metrics: its
 * lag counted in events actually stored (positions reserved and never used are no lag), the time between the
 * newest event and the last one it handled, and a rebuild's progress in events. Also runs rebuilds: a rebuild
 * fills a new generation of the projection's collections while readers keep the complete one, and readers
 * switch once the replay has caught up ({@link ReadModelCollections}). The operations page shows the same.
 */
public final class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    /** How far a rebuild has come, in events, how fast and how long it has left. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RebuildProgress")
    public record Progress(long processed, long total, double eventsPerSecond, Long secondsLeft) {
    }

    /**
     * @param position   the global position of the last event the projection handled (null before it ran)
     * @param head       the global position of the newest stored event
     * @param lag        events stored after {@code position}: what the projection still has to fold
     * @param lagSeconds between the newest event and the last one the projection handled
     * @param generation the generation of its collections readers read
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ProjectionStatus")
    public record Status(String name, boolean running, Long position, long head, Long lag, Double lagSeconds, boolean caughtUp,
                  boolean rebuilding, Progress rebuild, long generation) {
    }

    /** Events counted once during a rebuild, so progress is counted only over what was folded since. */
    private record Counted(Instant rebuildStartedAt, long upTo, long events) {
    }

    private final EventProcessingConfiguration processing;
    private final CommitLogEventStorageEngine engine;
    private final ReadModelCollections collections;
    private final Clock clock;
    private final HandledEvents handled;
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    Projections(EventProcessingConfiguration processing, CommitLogEventStorageEngine engine, ReadModelCollections collections,
                HandledEvents handled, Clock clock) {
        this.processing = processing;
        this.engine = engine;
        this.collections = collections;
        this.handled = handled;
        this.clock = clock;
    }

    List<String> names() {
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** Every projection, by name. */
    public List<Status> all() {
        long head = engine.lastEventPosition();
        return names().stream().map(name -> status(name, head)).toList();
    }

    Optional<Status> status(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class).map(p -> status(name, engine.lastEventPosition()));
    }

    Optional<Double> secondsSinceLastHandled(String name) {
        return handled.secondsSinceLastHandled(name);
    }

    /**
     * Stops the projection, prepares the next generation of its collections, resets its token (its reset
     * handler then clears the new generation only) and starts it replaying into the new generation. One at a
     * time: two requests at once would otherwise prepare and reset over each other.
     */
    synchronized Status rebuild(TrackingEventProcessor processor, String name) {
        long head = engine.lastEventPosition();
        long events = engine.eventsBetween(-1, head);
        processor.shutDown();
        try {
            collections.prepareRebuild(name, events, head);
            ReadModelCollections.foldingFor(name, () -> {
                processor.resetTokens();
                return null;
            });
            collections.replayStarted(name);
        } catch (Exception e) {
            processor.start();
            throw new IllegalStateException("The rebuild of " + name + " could not start: " + e.getMessage(), e);
        }
        counted.remove(name);
        processor.start();
        log.info("Rebuild of projection {} started into generation {}: {} events to replay", name,
                collections.generationsOf(name).building(), events);
        return status(name, head);
    }

    /**
     * Switches readers to every rebuilt generation whose replay has caught up, and drops generations readers
     * left long enough ago. Runs on a schedule, so a rebuild that a restart interrupted completes as well.
     */
    void settleRebuilds() {
        for (String name : names()) {
            Optional<ReadModelCollections.Generations> rebuild = collections.rebuildOf(name).filter(ReadModelCollections.Generations::replaying);
            if (rebuild.isEmpty()) {
                continue;
            }
            TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class).orElse(null);
            if (processor != null && caughtUp(processor)) {
                Status status = status(name, engine.lastEventPosition());
                collections.completeRebuild(name);
                counted.remove(name);
                Progress progress = status.rebuild();
                log.info("Rebuild of projection {} finished: {} events in {} s; readers read it now", name,
                        progress == null ? 0 : progress.processed(),
                        Duration.between(rebuild.get().rebuildStartedAt(), clock.instant()).toSeconds());
            }
        }
        collections.dropRetired();
    }

    /** Progress goes to the log as well, for operators who watch logs rather than endpoints. */
    void logProgress() {
        all().stream().filter(s -> s.rebuild() != null).forEach(s -> {
            Progress p = s.rebuild();
            log.info("Rebuild of {}: {} of {} events, {} events/s, about {} s left", s.name(), p.processed(), p.total(),
                    Math.round(p.eventsPerSecond()), p.secondsLeft());
        });
    }

    private static boolean caughtUp(TrackingEventProcessor processor) {
        return processor.isRunning() && !processor.isError() && !processor.processingStatus().isEmpty()
                && !processor.isReplaying()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
    }

    private Status status(String name, long head) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
        Long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .min(Comparator.naturalOrder()).orElse(null);
        ReadModelCollections.Generations generations = collections.generationsOf(name);
        Progress progress = null;
        Long lag;
        if (generations.building() != null && generations.replaying()) {
            long total = generations.rebuildEvents();
            long processed = processed(name, generations, position);
            double seconds = Math.max(0.001, Duration.between(generations.rebuildStartedAt(), clock.instant()).toMillis() / 1000.0);
            double rate = processed / seconds;
            Long left = processed >= total ? Long.valueOf(0) : rate > 0 ? Math.round((total - processed) / rate) : null;
            progress = new Progress(processed, total, rate, left);
            long from = position == null ? generations.rebuildHead() : Math.max(position, generations.rebuildHead());
            lag = (total - processed) + engine.eventsBetween(from, head);
        } else {
            lag = position == null ? null : engine.eventsBetween(position, head);
        }
        boolean caughtUp = lag != null && lag == 0;
        Double lagSeconds = lag == null ? null : caughtUp ? Double.valueOf(0) : lagSeconds(name, position, head);
        return new Status(name, processor.isRunning(), position, head, lag, lagSeconds, caughtUp,
                generations.building() != null, progress, generations.active());
    }

    /**
     * Events folded so far in the rebuild: those stored up to the projection's position, counted once and then
     * only over what the position passed since (a rebuild of a large log is not counted from the start on
     * every look).
     */
    private long processed(String name, ReadModelCollections.Generations generations, Long position) {
        long upTo = position == null ? -1 : Math.min(position, generations.rebuildHead());
        Counted known = counted.get(name);
        if (known == null || !known.rebuildStartedAt().equals(generations.rebuildStartedAt()) || known.upTo() > upTo) {
            known = new Counted(generations.rebuildStartedAt(), -1, 0);
        }
        Counted now = new Counted(known.rebuildStartedAt(), upTo, known.events() + engine.eventsBetween(known.upTo(), upTo));
        counted.put(name, now);
        return Math.min(now.events(), generations.rebuildEvents());
    }

    private Double lagSeconds(String name, Long position, long head) {
        Optional<Instant> newest = engine.timestampAt(head);
        Optional<Instant> handledLast = handled.lastEventTimestamp(name)
                .or(() -> position == null ? Optional.empty() : engine.timestampAt(position));
        if (newest.isEmpty() || handledLast.isEmpty()) {
            return null;
        }
        return Math.max(0, Duration.between(handledLast.get(), newest.get()).toMillis() / 1000.0);
    }
}
