package org.entente.app.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.entente.app.EntenteProperties;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.security.SignedInUser;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One per instance: follows the event store, not an in-process bus, so what another instance stores reaches
 * this one's streams too. It polls while streams are open and is woken at once by this instance's own appends.
 * <p>
 * Streams are told of changes in global order, so that a client's last event id says all it has seen: the
 * follower reads with the engine's gap-aware tokens and holds back a change while a position below it is
 * reserved by a writer that may still commit, until that position is written, filled with a tombstone or
 * given up as the engine gives gaps up. Everything at or below the {@code watermark} has been handed on or
 * holds nothing. A stream that resumes below the watermark replays from the store up to it, then joins.
 */
final class ChangeFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    /** How long changes wait for one position before the wait is logged (at DEBUG). */
    private static final long HELD_LONG_NANOS = Duration.ofSeconds(1).toNanos();

    private final CommitLogEventStorageEngine engine;
    private final ArrangementVisibility visibility;
    private final AppendSignal appends;
    private final EntenteProperties.Stream settings;
    private final ExecutorService senders;
    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openCount = new AtomicInteger();

    private final Object lock = new Object();
    // Guarded by lock.
    private final Set<Subscription> live = new LinkedHashSet<>();
    private final TreeMap<Long, Change> held = new TreeMap<>();
    private int joining;
    private boolean following;
    private GapAwareTrackingToken token;
    private long watermark = -1;
    /** The position the held changes wait for, since when, and whether that wait was logged. */
    private long awaited = -1;
    private long awaitedSince;
    private boolean awaitedLogged;

    private volatile boolean running;
    private Thread thread;

    ChangeFollower(CommitLogEventStorageEngine engine, ArrangementVisibility visibility, AppendSignal appends,
                   EntenteProperties.Stream settings, MeterRegistry meters) {
        this.engine = engine;
        this.visibility = visibility;
        this.appends = appends;
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newCachedThreadPool(task -> {
            Thread sender = new Thread(task, "entente-stream-" + threads.incrementAndGet());
            sender.setDaemon(true);
            return sender;
        });
        Gauge.builder("entente.stream.open", openCount, AtomicInteger::get)
                .description("Live-update streams open on this instance").register(meters);
    }

    /**
     * Opens a stream for {@code user} that tells of every change after {@code after}, or, without it, of the
     * changes from now on.
     */
    void subscribe(SseEmitter emitter, SignedInUser user, OptionalLong after) {
        Subscription subscription = new Subscription(emitter, visibleTo(user), settings.subscriberBuffer(), senders,
                this::forget);
        openCount.incrementAndGet();
        open.add(subscription);
        emitter.onCompletion(subscription::close);
        emitter.onError(error -> subscription.close());
        emitter.onTimeout(subscription::complete);
        boolean replay;
        synchronized (lock) {
            startFollowing();
            replay = after.isPresent() && after.getAsLong() < watermark;
            if (replay) {
                joining++;
            } else {
                subscription.cursor = after.orElse(watermark);
                live.add(subscription);
            }
        }
        if (replay) {
            senders.execute(() -> catchUp(subscription, after.getAsLong()));
        }
        if (!running) {
            subscription.complete();
        }
    }

    private Predicate<Change> visibleTo(SignedInUser user) {
        if (user.visibilityLimitedTo().isEmpty()) {
            return change -> true;
        }
        return change -> change.arrangementId() != null
                && visibility.partiesOf(change.arrangementId()).map(user::seesViewsOf).orElse(false);
    }

    private void forget(Subscription subscription) {
        if (open.remove(subscription)) {
            openCount.decrementAndGet();
        }
        synchronized (lock) {
            live.remove(subscription);
        }
    }

    /** Replays from the store up to the watermark, again while it moved on meanwhile, then joins the live streams. */
    private void catchUp(Subscription subscription, long after) {
        long cursor = after;
        try {
            while (!subscription.isClosed()) {
                long upTo;
                synchronized (lock) {
                    if (cursor >= watermark) {
                        subscription.cursor = cursor;
                        if (!subscription.isClosed()) {
                            live.add(subscription);
                        }
                        return;
                    }
                    upTo = watermark;
                }
                replay(subscription, cursor, upTo);
                cursor = upTo;
            }
        } catch (RuntimeException e) {
            log.warn("A live-update stream could not replay from position {}; it is closed and may resume", after, e);
            subscription.complete();
        } finally {
            synchronized (lock) {
                joining--;
            }
        }
    }

    /** Every position up to {@code upTo} is settled, so the engine hands its events over in global order. */
    private void replay(Subscription subscription, long after, long upTo) {
        TrackingToken previous = GapAwareTrackingToken.newInstance(after, List.of());
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(previous, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext() && !subscription.isClosed()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = positionOf(previous, event.trackingToken());
                previous = event.trackingToken();
                if (position > upTo) {
                    return;
                }
                Change.of(event, position).filter(subscription::sees).ifPresent(subscription::sendNow);
            }
        }
    }

    // ------------------------------------------------------------------ following

    /** Starts at the head: after every position that is settled now, holding back what is stored above the first open one. */
    private void startFollowing() {
        if (following) {
            return;
        }
        long settled = settled((GapAwareTrackingToken) engine.createHeadToken());
        token = settled < 0 ? null : GapAwareTrackingToken.newInstance(settled, List.of());
        watermark = settled;
        held.clear();
        awaited = -1;
        following = true;
        appends.wake();
    }

    private void follow() {
        long nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
        while (running) {
            try {
                engine.releaseExpiredPositions();
                poll();
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
                    heartbeat();
                }
            } catch (RuntimeException e) {
                log.warn("Following the event store for live updates failed; trying again", e);
            }
            try {
                appends.await(settings.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll() {
        GapAwareTrackingToken from;
        synchronized (lock) {
            if (live.isEmpty() && joining == 0) {
                following = false;
                held.clear();
                return;
            }
            from = token;
        }
        List<Change> found = new ArrayList<>();
        TrackingToken reached = from;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = positionOf(reached, event.trackingToken());
                reached = event.trackingToken();
                Change.of(event, position).ifPresent(found::add);
            }
        }
        GapAwareTrackingToken passed = (GapAwareTrackingToken) engine.withEmptyGapsPassed(reached);
        // Parties are looked up (and cached) here, not while the streams wait on the lock.
        found.stream().map(Change::arrangementId).distinct().filter(id -> id != null).forEach(visibility::partiesOf);
        synchronized (lock) {
            token = passed;
            for (Change change : found) {
                if (change.position() > watermark) {
                    held.put(change.position(), change);
                }
            }
            long settled = settled(passed);
            Map<Long, Change> ready = held.headMap(settled, true);
            for (Change change : ready.values()) {
                handOn(change);
            }
            ready.clear();
            watermark = Math.max(watermark, settled);
            noteWait(passed, settled);
        }
    }

    /**
     * Tells (at DEBUG) of changes held back for more than a second by the same position: one reserved by a writer
     * of this or another instance that has neither written it nor released it yet. Once per position.
     */
    private void noteWait(GapAwareTrackingToken passed, long settled) {
        if (held.isEmpty()) {
            awaited = -1;
            return;
        }
        long gap = settled + 1;
        long now = System.nanoTime();
        if (gap != awaited) {
            awaited = gap;
            awaitedSince = now;
            awaitedLogged = false;
        } else if (!awaitedLogged && now - awaitedSince > HELD_LONG_NANOS && log.isDebugEnabled()) {
            awaitedLogged = true;
            log.debug("Live updates held back for {} ms: {} change(s) from position {} on wait for position {}, reserved "
                            + "but neither written nor released yet ({} position(s) awaited in all, up to {}; read up to {})",
                    (now - awaitedSince) / 1_000_000, held.size(), held.firstKey(), gap, passed.getGaps().size(),
                    passed.getGaps().last(), passed.getIndex());
        }
    }

    private void handOn(Change change) {
        for (Iterator<Subscription> streams = live.iterator(); streams.hasNext(); ) {
            Subscription subscription = streams.next();
            if (change.position() <= subscription.cursor) {
                continue;
            }
            subscription.cursor = change.position();
            if (subscription.sees(change) && !subscription.offer(change)) {
                // Too far behind: it is written out and closed, and its client resumes from the store.
                streams.remove();
            }
        }
    }

    private void heartbeat() {
        List<Subscription> streams;
        synchronized (lock) {
            streams = List.copyOf(live);
        }
        streams.forEach(Subscription::heartbeat);
    }

    /** The last position below which nothing more can appear: before the token's first gap, else its index. */
    private static long settled(GapAwareTrackingToken token) {
        if (token == null) {
            return -1;
        }
        return token.getGaps().isEmpty() ? token.getIndex() : token.getGaps().first() - 1;
    }

    /**
     * The position of the event that advanced a gap-aware token from {@code before} to {@code after}: the new
     * index, or, when the event filled a gap, the highest gap that is gone (lower ones may have been given up).
     */
    static long positionOf(TrackingToken before, TrackingToken after) {
        GapAwareTrackingToken now = (GapAwareTrackingToken) after;
        GapAwareTrackingToken then = (GapAwareTrackingToken) before;
        if (then == null || now.getIndex() > then.getIndex()) {
            return now.getIndex();
        }
        SortedSet<Long> filled = new TreeSet<>(then.getGaps());
        filled.removeAll(now.getGaps());
        return filled.last();
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "entente-stream-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** Open streams are ended so that the server's graceful shutdown need not wait for them; clients resume elsewhere. */
    @Override
    public void stop() {
        running = false;
        appends.wake();
        List.copyOf(open).forEach(Subscription::complete);
        senders.shutdown();
        if (thread != null) {
            try {
                thread.join(settings.pollInterval().toMillis() * 10 + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
