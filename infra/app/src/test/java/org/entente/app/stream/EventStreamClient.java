package org.entente.app.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.app.testing.Users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code GET /api/stream} read as a browser's EventSource reads it: lines parsed into messages, each noted with
 * the moment it arrived; comments kept too, so a test knows the stream is open.
 */
final class EventStreamClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One message (or comment) as it arrived; {@code nanos} on the monotonic clock. */
    record Message(String id, String event, String data, String comment, long nanos) {

        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long position() {
            return Long.parseLong(id);
        }
    }

    private final InputStream body;
    private final BlockingQueue<Message> arrived = new LinkedBlockingQueue<>();
    private final List<Message> changes = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    private EventStreamClient(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Signed in as {@code user} with HTTP Basic; with a {@code Last-Event-ID} unless it is null. */
    static HttpResponse<InputStream> request(int port, String user, String lastEventId) {
        HttpRequest.Builder request = streamRequest(port)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Users.passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return send(HTTP, request);
    }

    /** Opened by a browser that signed in with the form: its session cookie is all it sends. */
    static EventStreamClient openIn(HttpClient browser, int port) {
        return opened(send(browser, streamRequest(port)));
    }

    private static HttpRequest.Builder streamRequest(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stream")).header("Accept", "text/event-stream");
    }

    private static HttpResponse<InputStream> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the stream and waits for its first lines, so that what happens next is on it. */
    static EventStreamClient open(int port, String user, String lastEventId) {
        return opened(request(port, user, lastEventId));
    }

    private static EventStreamClient opened(HttpResponse<InputStream> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The stream answered " + response.statusCode());
        }
        EventStreamClient client = new EventStreamClient(response.body());
        client.next(Duration.ofSeconds(10), message -> message.comment() != null);
        return client;
    }

    /** The next change for which {@code wanted} holds, skipping others (kept in {@link #changes()}). */
    Message nextChange(Duration within, Predicate<Message> wanted) {
        return next(within, message -> message.comment() == null && wanted.test(message));
    }

    /** Every change received so far, in order of arrival. */
    synchronized List<Message> changes() {
        return List.copyOf(changes);
    }

    private Message next(Duration within, Predicate<Message> wanted) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (true) {
                Message message = arrived.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("No such message within " + within + "; changes so far: " + changes());
                }
                if (wanted.test(message)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        Message message = new Message(id, event, data.toString(), null, System.nanoTime());
                        synchronized (this) {
                            changes.add(message);
                        }
                        arrived.add(message);
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    arrived.add(new Message(null, null, null, line.substring(1), System.nanoTime()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // The test closed the stream, or the server ended it.
        } finally {
            ended.countDown();
        }
    }

    /** Whether the server ended the stream within {@code within}. */
    boolean endsWithin(Duration within) throws InterruptedException {
        return ended.await(within.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing is all that is wanted.
        }
    }
}
