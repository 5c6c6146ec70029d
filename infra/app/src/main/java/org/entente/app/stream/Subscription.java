package org.entente.app.stream;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One open stream. The follower only ever offers to its bounded queue; a sender thread writes to the client, so
 * a client that reads slowly holds up nobody else. When its queue is full the stream is closed once what is
 * queued has been written: the client then resumes after the last change it got.
 */
final class Subscription {

    private static final Object HEARTBEAT = new Object();

    private final SseEmitter emitter;
    private final Predicate<Change> sees;
    private final BlockingQueue<Object> queue;
    private final Executor senders;
    private final Consumer<Subscription> onClose;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean overflowed;

    /** Every position up to here has been handed to this stream or is not for it; guarded by the follower. */
    long cursor;

    Subscription(SseEmitter emitter, Predicate<Change> sees, int buffer, Executor senders, Consumer<Subscription> onClose) {
        this.emitter = emitter;
        this.sees = sees;
        this.queue = new ArrayBlockingQueue<>(buffer);
        this.senders = senders;
        this.onClose = onClose;
    }

    boolean sees(Change change) {
        return sees.test(change);
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Queues a change for the client; false when the queue is full and the stream is to be let go. */
    boolean offer(Change change) {
        if (overflowed || closed.get()) {
            return false;
        }
        if (!queue.offer(change)) {
            overflowed = true;
            send();
            return false;
        }
        send();
        return true;
    }

    void heartbeat() {
        if (!overflowed && queue.offer(HEARTBEAT)) {
            send();
        }
    }

    /** Writes at once, on the caller's thread: for the replay before the stream joins the follower. */
    void sendNow(Change change) {
        write(change);
    }

    /** Ends the stream cleanly; the client may reconnect and resume. */
    void complete() {
        if (close()) {
            try {
                emitter.complete();
            } catch (RuntimeException alreadyGone) {
                // The container already ended the request; nothing is left to end.
            }
        }
    }

    /** Forgets the stream; true for the first call. */
    boolean close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
            return true;
        }
        return false;
    }

    private void send() {
        if (sending.compareAndSet(false, true)) {
            try {
                senders.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                sending.set(false);
            }
        }
    }

    private void drain() {
        do {
            Object item;
            while (!closed.get() && (item = queue.poll()) != null) {
                write(item);
            }
            sending.set(false);
        } while (!closed.get() && !queue.isEmpty() && sending.compareAndSet(false, true));
        if (overflowed && queue.isEmpty()) {
            complete();
        }
    }

    private void write(Object item) {
        if (closed.get()) {
            return;
        }
        try {
            if (item == HEARTBEAT) {
                emitter.send(SseEmitter.event().comment(" keep-alive"));
            } else {
                Change change = (Change) item;
                emitter.send(SseEmitter.event().id(Long.toString(change.position())).name("change")
                        .data(change, MediaType.APPLICATION_JSON));
            }
        } catch (IOException | RuntimeException gone) {
            // The client went away (or the container ended the request): the stream ends here.
            close();
        }
    }
}
