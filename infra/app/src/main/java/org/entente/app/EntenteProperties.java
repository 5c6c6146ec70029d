package org.entente.app;

import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

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
 * @param security        who may sign in, and how
 * @param idempotency     writes sent again with an {@code Idempotency-Key}
 * @param http            what one HTTP request may ask of the registry
 * @param operations      what operators are shown
 * @param stream          live updates as server-sent events
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
        @DefaultValue Security security,
        @DefaultValue Idempotency idempotency,
        @DefaultValue Http http,
        @DefaultValue Operations operations,
        @DefaultValue Stream stream) {

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
     * @param dataFile   the file that holds everything the embedded server stores; blank: {@code entente/entente.mv}
     *                   in the user's data directory, wherever the registry is started from
     * @param syncWrites whether every write is forced to disk before it is acknowledged; off trades the last
     *                   second of acknowledged writes on a crash for speed
     */
    public record Embedded(Path dataFile, @DefaultValue("true") boolean syncWrites) {
        public Embedded {
            if (dataFile == null || dataFile.toString().isBlank()) {
                dataFile = UserDataDirectory.defaultDataFile();
            }
        }
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
     * @param generationCheckInterval how long a read trusts the generation of a read model it looked up, and how
     *                            often rebuilds are checked for having caught up (then readers switch to them)
     * @param retiredGenerationsKept how long the collections readers left at a switch are kept before they are
     *                            dropped; far longer than {@code generationCheckInterval}
     */
    public record Projections(@DefaultValue("100") int batchSize,
                              @DefaultValue("10s") Duration tokenClaimTimeout,
                              @DefaultValue("10s") Duration progressLogInterval,
                              @DefaultValue("1s") Duration generationCheckInterval,
                              @DefaultValue("1m") Duration retiredGenerationsKept) {
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

    /** @param defaultRecorder the recorder kept in event metadata when a command comes from the registry itself */
    public record Audit(@DefaultValue("registry") String defaultRecorder) {
    }

    /**
     * @param users                      users declared in configuration, for automated set-ups; they sign in like
     *                                   users of the directory and cannot be changed through the API
     * @param initialAdminPasswordFile   where the password of the administrator created on the first start of an
     *                                   empty embedded store is written (readable by the owner only); blank: beside
     *                                   the embedded data file
     * @param signIn                     how failed sign-ins are slowed down
     * @param tokens                     API tokens for scripts and machines
     * @param jwt                        tokens of the organisation's identity provider; set an issuer URI, a JWK set
     *                                   URI or a public key to accept them
     * @param longReads                  how many exports and integrity checks one user may run at once
     */
    public record Security(@DefaultValue List<ConfiguredUser> users,
                           Path initialAdminPasswordFile,
                           @DefaultValue SignIn signIn,
                           @DefaultValue Tokens tokens,
                           @DefaultValue Jwt jwt,
                           @DefaultValue("2") int longReads) {
    }

    /**
     * @param name     the sign-in name
     * @param password the password in one of Spring Security's encoded forms, such as {@code {bcrypt}$2a$10$…}
     *                 ({@code {noop}…} holds it in plain text, for tests only)
     * @param roles    REGISTRAR, AUDITOR, VIEWER, ADMIN
     * @param party    the party a registrar acts for
     */
    public record ConfiguredUser(String name, String password, @DefaultValue Set<String> roles, String party) {
    }

    /**
     * @param maxFailures failed sign-ins of one user within {@code window} before it is locked
     * @param window      how long failures are remembered
     * @param lockout     how long a locked user must wait
     */
    public record SignIn(@DefaultValue("5") int maxFailures,
                         @DefaultValue("15m") Duration window,
                         @DefaultValue("5m") Duration lockout) {
    }

    /**
     * @param defaultValidity how long a token lives when its request names no expiry
     * @param maxValidity     the longest a token may live
     * @param maxPerUser      how many live tokens one user may hold
     */
    public record Tokens(@DefaultValue("90d") Duration defaultValidity,
                         @DefaultValue("366d") Duration maxValidity,
                         @DefaultValue("20") int maxPerUser) {
    }

    /**
     * @param issuerUri         the identity provider's issuer; tokens from another issuer are refused, and its
     *                          keys are found through its discovery document when no JWK set or key is given
     * @param jwkSetUri         where the provider publishes its signing keys
     * @param publicKeyLocation a PEM file with the provider's RSA public key, instead of a JWK set
     * @param audiences         the token must be meant for one of these; empty: any audience
     * @param nameClaim         the claim naming the user
     * @param rolesClaim        the claim listing the user's roles (REGISTRAR, AUDITOR, VIEWER, ADMIN)
     * @param partyClaim        the claim naming a registrar's party
     * @param clockSkew         tolerance on the token's times
     */
    public record Jwt(String issuerUri, String jwkSetUri, String publicKeyLocation,
                      @DefaultValue List<String> audiences,
                      @DefaultValue("sub") String nameClaim,
                      @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("party") String partyClaim,
                      @DefaultValue("60s") Duration clockSkew) {

        public boolean configured() {
            return notBlank(issuerUri) || notBlank(jwkSetUri) || notBlank(publicKeyLocation);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }

    /**
     * @param retention     how long the answer to a request with an idempotency key is kept and given again to
     *                      the same request; after that the key may be used anew
     * @param inFlightWait  how long a request waits for the first request with its key to finish before it is
     *                      answered 409
     * @param lease         how long a request may hold its key while it runs; a key whose request died (its
     *                      instance stopped) is free again after this time. Longer than any request takes.
     * @param purgeInterval how often expired keys are removed (a real MongoDB also removes them by a TTL index)
     */
    public record Idempotency(@DefaultValue("24h") Duration retention,
                              @DefaultValue("10s") Duration inFlightWait,
                              @DefaultValue("2m") Duration lease,
                              @DefaultValue("10m") Duration purgeInterval) {
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

    /**
     * @param figuresRefreshInterval how often the registry's figures shown as metrics (overdue commitments,
     *                               contacts by liveness) are counted anew; a scrape reads the last count
     */
    public record Operations(@DefaultValue("1m") Duration figuresRefreshInterval) {
    }

    /**
     * @param pollInterval     how often an instance with open streams looks in the event store for what other
     *                         instances stored; its own writes are seen at once
     * @param heartbeat        how often an idle stream sends a comment, so that proxies keep the connection open
     * @param subscriberBuffer how many changes a stream may have waiting for a slow client; beyond, the stream is
     *                         closed and the client resumes from its last event
     * @param maxDuration      how long one stream stays open; the client then reconnects and resumes, signing in anew
     */
    public record Stream(@DefaultValue("200ms") Duration pollInterval,
                         @DefaultValue("15s") Duration heartbeat,
                         @DefaultValue("1000") int subscriberBuffer,
                         @DefaultValue("30m") Duration maxDuration) {
    }
}
