package org.entente.app.axon;

import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the event store; the defaults suit a registry. See {@link CommitLogEventStorageEngine.Settings}.
 */
@ConfigurationProperties("entente.event-store")
public record EventStoreProperties(Duration gapTimeout, Duration commitDeadline, Integer maxGapOffset,
                                   Integer trackingWindow, Integer positionBlock) {

    /** @param queryIndexes whether the server uses non-unique indexes for queries (a real MongoDB does) */
    public CommitLogEventStorageEngine.Settings settings(boolean queryIndexes) {
        CommitLogEventStorageEngine.Settings defaults = CommitLogEventStorageEngine.Settings.defaults();
        return new CommitLogEventStorageEngine.Settings(
                gapTimeout != null ? gapTimeout : defaults.gapTimeout(),
                commitDeadline != null ? commitDeadline : defaults.commitDeadline(),
                maxGapOffset != null ? maxGapOffset : defaults.maxGapOffset(),
                trackingWindow != null ? trackingWindow : defaults.trackingWindow(),
                positionBlock != null ? positionBlock : defaults.positionBlock(),
                queryIndexes);
    }
}
