package org.entente.app.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.app.EntenteProperties;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Safe retries of writes: a POST or PATCH under {@code /api} sent with an {@value #HEADER} is carried out
 * once per user and key. The same request sent again with that key is given the first answer (status,
 * body, Location, ETag, Content-Type, and {@value #REPLAYED}) and stores nothing; another request with the
 * key is refused (422); one arriving while the first still runs waits for its answer, bounded (then 409).
 * A failure of the registry (5xx, an exception) is not kept: the key is released and a retry is carried out.
 * <p>
 * The user is whoever the request is signed in as; the filter runs after the security filters, as a filter
 * bean of default order does, and a request with no user shares one anonymous name.
 */
public final class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String ANONYMOUS = "anonymous";
    static final int MAX_KEY_LENGTH = 255;
    /** The largest JSON body a keyed request may carry; the API's bodies are far smaller. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1," + MAX_KEY_LENGTH + "}");
    private static final Set<String> WRITES = Set.of("POST", "PATCH");
    private static final List<String> ANSWER_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);
    private static final long POLL_MILLIS = 50;

    private final IdempotencyRecords records;
    private final Clock clock;
    private final EntenteProperties.Idempotency settings;
    private final HandlerExceptionResolver problems;

    /** @param problems answers the refusals of this filter as the application answers every refusal */
    public IdempotencyFilter(IdempotencyRecords records, Clock clock, EntenteProperties.Idempotency settings,
                             HandlerExceptionResolver problems) {
        this.records = records;
        this.clock = clock;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            String id = userOf(request) + "\n" + keyOf(request);
            HttpServletRequest handedOn = request;
            String fingerprint;
            if (RequestFingerprint.isMultipart(request)) {
                Optional<String> parts = fingerprintOfParts(request);
                if (parts.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                fingerprint = parts.get();
            } else {
                byte[] body = bodyOf(request);
                fingerprint = RequestFingerprint.of(request, body);
                handedOn = new CachedBodyRequest(request, body);
            }
            once(id, fingerprint, handedOn, response, chain);
        } catch (InvalidParameter | RequestRefused refused) {
            if (problems.resolveException(request, response, null, refused) == null) {
                throw refused;
            }
        }
    }

    /**
     * Empty when the parts cannot be parsed (too large, malformed): the request is then refused by the
     * application as it would be without a key, and nothing is stored that a retry could be given.
     */
    private static Optional<String> fingerprintOfParts(HttpServletRequest request) throws IOException {
        try {
            return Optional.of(RequestFingerprint.ofParts(request));
        } catch (ServletException | IllegalStateException unparsable) {
            return Optional.empty();
        }
    }

    private void once(String id, String fingerprint, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A bound on this request's own waiting, measured as elapsed time, not registry time.
        long deadline = System.nanoTime() + settings.inFlightWait().toNanos();
        while (true) {
            String claim = UUID.randomUUID().toString();
            Instant now = clock.instant();
            Optional<KeyRecord> held = records.claim(id, new KeyRecord(fingerprint, claim, now.plus(settings.lease()), null), now);
            if (held.isEmpty()) {
                carryOut(id, fingerprint, claim, request, response, chain);
                return;
            }
            Optional<KeyRecord> answered = awaitAnswer(id, held.get(), fingerprint, deadline);
            if (answered.isPresent()) {
                replay(answered.get().answer(), response);
                return;
            }
            // The key was released (the first request failed) or its claim lapsed: this request may claim it now.
        }
    }

    /** Waits while the holder runs; empty when the key became free before the deadline. */
    private Optional<KeyRecord> awaitAnswer(String id, KeyRecord holder, String fingerprint, long deadline) {
        Optional<KeyRecord> current = Optional.of(holder);
        while (current.isPresent()) {
            KeyRecord record = current.get();
            if (!record.fingerprint().equals(fingerprint)) {
                throw new RequestRefused(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                        "This " + HEADER + " was used for another request (method, path, acting party or body); "
                                + "a new request needs a new key");
            }
            if (record.isAnswered()) {
                return current;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new RequestRefused(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE", "Request with this key in progress",
                        "The first request with this " + HEADER + " is still being carried out; send it again later");
            }
            sleep();
            current = records.find(id, clock.instant());
        }
        return Optional.empty();
    }

    private void carryOut(String id, String fingerprint, String claim, HttpServletRequest request, HttpServletResponse response,
                          FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            records.release(id, claim);
            throw failure;
        }
        byte[] body = answer.getContentAsByteArray();
        // A 4xx is the answer a retry gets too; a failure of the registry is not, nor an answer whose body the
        // container writes later (an error page), nor one still being produced asynchronously.
        boolean keep = answer.getStatus() < 500 && (answer.getStatus() < 400 || body.length > 0) && !request.isAsyncStarted();
        if (keep) {
            KeyRecord done = new KeyRecord(fingerprint, claim, clock.instant().plus(settings.retention()),
                    new RecordedAnswer(answer.getStatus(), headersOf(answer), body));
            if (!records.complete(id, done)) {
                log.warn("The answer to a request with an {} was not kept: its claim lapsed while it ran", HEADER);
            }
        } else {
            records.release(id, claim);
        }
        answer.copyBodyToResponse();
    }

    private static Map<String, String> headersOf(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ANSWER_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static void replay(RecordedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setHeader(REPLAYED, "true");
        byte[] body = answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String userOf(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        return user != null && user.getName() != null ? user.getName() : ANONYMOUS;
    }

    private static String keyOf(HttpServletRequest request) {
        List<String> keys = Collections.list(request.getHeaders(HEADER));
        if (keys.size() != 1 || !PRINTABLE_ASCII.matcher(keys.get(0)).matches()) {
            throw new InvalidParameter(HEADER, "must be sent once, with 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
        }
        return keys.get(0);
    }

    private static byte[] bodyOf(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "Request too large",
                        "A request sent with an " + HEADER + " carries at most " + MAX_BODY_BYTES + " bytes of JSON");
            }
            return body;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the first request with the same key", e);
        }
    }
}
