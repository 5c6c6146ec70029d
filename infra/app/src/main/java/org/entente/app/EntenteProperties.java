package org.entente.app;

import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of Entente, with its default: the one place defaults are written. The build generates
 * the configuration metadata from this tree, and a test holds the README's table of settings to it.
 *
 * @param nodeId          names this instance in tracking-token claims; fixed, so a restart reclaims its own
 *                        tokens at once instead of waiting for the old claim to time out. One per instance.
 * @param clock           the registry's clock
 * @param mongodb         where the registry keeps its data
 * @param eventStore      tuning of the event store and the command path
 * @param projections     how projections follow the event store
 * @param checks          communication checks
 * @param readYourWrites  reads that wait for a client's own write
 * @param audit           who is on record for a command
 * @param http            what one HTTP request may ask of the registry
 */
@ConfigurationProperties("entente")
public record EntenteProperties(
        @DefaultValue("entente-1") String nodeId,
        @DefaultValue Clock clock,
        @DefaultValue Mongodb mongodb,
        @DefaultValue EventStore eventStore,
        @DefaultValue Projections projections,
        @DefaultValue Checks checks,
        @DefaultValue ReadYourWrites readYourWrites,
        @DefaultValue Audit audit,
        @DefaultValue Http http) {

    /**
     * @param offset runs the registry as if this much later than the machine's clock (deadlines passing,
     *               checks lapsing) without touching the machine's clock; for operators and tests
     */
    public record Clock(@DefaultValue("PT0S") Duration offset) {
    }

    /**
     * @param uri      a MongoDB connection string (a replica set in production); blank starts the embedded
     *                 server on {@code embedded.data-file} instead
     * @param database the database when the URI names none
     * @param embedded the embedded server, used when no URI is set
     */
    public record Mongodb(String uri, @DefaultValue("entente") String database, @DefaultValue Embedded embedded) {
    }

    /**
     * @param dataFile   the file that holds everything the embedded server stores
     * @param syncWrites whether every write is forced to disk before it is acknowledged; off trades the last
     *                   second of acknowledged writes on a crash for speed
     */
    public record Embedded(@DefaultValue("data/entente.mv") Path dataFile, @DefaultValue("true") boolean syncWrites) {
    }

    /**
     * @param gapTimeout         a reserved global position still empty this long after a later commit is given
     *                           up by trackers
     * @param commitDeadline     a writer that could not store its commit this soon after reserving positions
     *                           abandons it
     * @param maxGapOffset       how far behind the newest position a gap is still tracked
     * @param trackingWindow     how many positions one tracking poll looks at
     * @param positionBlock      how many global positions an instance reserves at a time
     * @param snapshotThreshold  an arrangement is snapshotted after this many events since the last snapshot
     * @param aggregateCacheSize how many recently used aggregates stay loaded between commands (0: none)
     */
    public record EventStore(@DefaultValue("60s") Duration gapTimeout,
                             @DefaultValue("20s") Duration commitDeadline,
                             @DefaultValue("10000") int maxGapOffset,
                             @DefaultValue("256") int trackingWindow,
                             @DefaultValue("64") int positionBlock,
                             @DefaultValue("100") int snapshotThreshold,
                             @DefaultValue("1000") int aggregateCacheSize) {

        /** @param queryIndexes whether the server answers queries from non-unique indexes (a real MongoDB does) */
        public CommitLogEventStorageEngine.Settings settings(boolean queryIndexes) {
            return new CommitLogEventStorageEngine.Settings(gapTimeout, commitDeadline, maxGapOffset, trackingWindow,
                    positionBlock, queryIndexes);
        }
    }

    /**
     * @param batchSize           events a projection folds per batch; a crash redelivers at most one batch,
     *                            which the projections recognise
     * @param tokenClaimTimeout   how long another instance waits before taking over a silent instance's
     *                            projection
     * @param progressLogInterval how often a running rebuild logs its progress
     */
    public record Projections(@DefaultValue("100") int batchSize,
                              @DefaultValue("10s") Duration tokenClaimTimeout,
                              @DefaultValue("10s") Duration progressLogInterval) {
    }

    /**
     * @param defaultAnswerWithin a check started without an answer-by time must be answered within this time
     * @param verifiedFor         a contact that answered a check within this time is VERIFIED in the
     *                            directory, then STALE
     * @param sweepInterval       how often checks past their answer-by time are looked for and failed
     */
    public record Checks(@DefaultValue("24h") Duration defaultAnswerWithin,
                         @DefaultValue("30d") Duration verifiedFor,
                         @DefaultValue("30s") Duration sweepInterval) {
    }

    /** @param timeout how long a read with {@code minVersion} waits for the projection before answering 503 */
    public record ReadYourWrites(@DefaultValue("5s") Duration timeout) {
    }

    /** @param defaultRecorder the recorder kept in event metadata when a request names none */
    public record Audit(@DefaultValue("unidentified") String defaultRecorder) {
    }

    /**
     * Bounds on one request (OWASP API4), so that no client can tie up a connection, memory or the store with a
     * single request. The size of request headers is Spring Boot's {@code server.max-http-request-header-size},
     * an upload's that of {@code spring.servlet.multipart}.
     *
     * @param maxJsonBodySize   the largest JSON request body; a larger one, declared or sent in chunks, is
     *                          answered 413 (uploads have the multipart limit instead)
     * @param headerReadTimeout the longest a client may take from the first byte of a request to the end of its
     *                          headers; a connection that takes longer is closed, however steadily it trickles
     * @param maxHeaderCount    the most header lines one request may carry; more is answered 400
     * @param maxPageSize       the largest page any list answers; a larger {@code size} is answered 400
     */
    public record Http(@DefaultValue("1MB") DataSize maxJsonBodySize,
                       @DefaultValue("10s") Duration headerReadTimeout,
                       @DefaultValue("100") int maxHeaderCount,
                       @DefaultValue("1000") int maxPageSize) {
    }
}
