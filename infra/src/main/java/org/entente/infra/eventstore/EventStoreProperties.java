package org.entente.infra.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the event store; the defaults suit a registry. See {@link CommitLogEventStorageEngine.Settings}.
 */
@ConfigurationProperties("entente.event-store")
public record EventStoreProperties(Duration gapTimeout, Duration commitDeadline, Integer maxGapOffset,
                                   Integer trackingWindow, Integer positionBlock) {

    public CommitLogEventStorageEngine.Settings settings() {
        CommitLogEventStorageEngine.Settings defaults = CommitLogEventStorageEngine.Settings.defaults();
        return new CommitLogEventStorageEngine.Settings(
                gapTimeout != null ? gapTimeout : defaults.gapTimeout(),
                commitDeadline != null ? commitDeadline : defaults.commitDeadline(),
                maxGapOffset != null ? maxGapOffset : defaults.maxGapOffset(),
                trackingWindow != null ? trackingWindow : defaults.trackingWindow(),
                positionBlock != null ? positionBlock : defaults.positionBlock());
    }
}
