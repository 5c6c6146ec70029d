package org.entente.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.entente.app.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Reads that walk whole streams or the whole registry (exports, integrity checks) cost the server far
 * more than a view does; each user may run only a few at once, so one script cannot starve everyone
 * else. A read over the cap is answered 429 at once, not queued.
 */
public final class LongReads {

    /** A running long read; closing it lets the user start another. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perUser;
    private final Cache<String, Semaphore> running = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).build();

    LongReads(int perUser) {
        this.perUser = perUser;
    }

    public Permit start() {
        String user = SignedInUser.current().map(SignedInUser::name).orElse("");
        Semaphore permits = running.get(user, name -> new Semaphore(perUser));
        if (!permits.tryAcquire()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "You are running " + perUser + " exports or integrity checks already; wait for one to finish");
            problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + "too-many-long-reads"));
            problem.setTitle("Too many long reads at once");
            ErrorResponseException refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
            refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            throw refusal;
        }
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    permits.release();
                }
            }
        };
    }
}
