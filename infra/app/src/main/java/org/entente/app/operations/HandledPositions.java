package org.entente.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.app.mongo.ReadModelCollections;

import java.time.Duration;

/**
 * Whether the projections have folded the event at a global position: a page told of a change by the stream,
 * which announces an event as soon as it is stored, asks before it reads so that it shows the change. A
 * projection being rebuilt is not waited for: its readers read the generation from before the rebuild, which
 * folds nothing new until the rebuilt one takes over.
 */
public final class HandledPositions {

    private static final long POLL_MILLIS = 20;

    private final EventProcessingConfiguration processing;
    private final ReadModelCollections collections;

    HandledPositions(EventProcessingConfiguration processing, ReadModelCollections collections) {
        this.processing = processing;
        this.collections = collections;
    }

    /** Waits, at most {@code timeout}, until every projection readers read has handled {@code position}; says whether they have. */
    public boolean awaitHandled(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!handled(position)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean handled(long position) {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> collections.rebuildOf(name).isEmpty())
                .allMatch(name -> processing.eventProcessor(name, TrackingEventProcessor.class)
                        .map(processor -> handledBy(processor, position)).orElse(true));
    }

    private static boolean handledBy(TrackingEventProcessor processor, long position) {
        if (processor.processingStatus().isEmpty()) {
            return false;
        }
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(current -> current.isPresent() && current.getAsLong() >= position);
    }
}
