package org.entente.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The registry's HTTP API as a client sees it: JSON in and out, signed in with HTTP Basic as one of the
 * harness's {@link Users}: the auditor unless {@link #as(String) acting for a party} or {@link #admin()
 * administering}. Acting for a party also names it in {@code X-Entente-Party}, which builds from before
 * sign-in require and later builds check against the sign-in. Any answer other than the one expected stops
 * the comparison with the answer's body, since a refused write would leave the two builds holding different
 * histories.
 */
final class Api {

    static final String PARTY_HEADER = "X-Entente-Party";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final String user;
    private final String party;

    Api(String base) {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build(), base, Users.AUDITOR, null);
    }

    private Api(HttpClient client, String base, String user, String party) {
        this.client = client;
        this.base = base;
        this.user = user;
        this.party = party;
    }

    /** Signed in as the registrar of {@code party}. */
    Api as(String party) {
        return new Api(client, base, Users.registrarOf(party), party);
    }

    /** Signed in as the administrator. */
    Api admin() {
        return new Api(client, base, Users.ADMIN, null);
    }

    JsonNode post(String path, Object body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode patch(String path, Object body) {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    /** Reads one resource and answers how long the whole exchange took, in nanoseconds. */
    long timedGet(String path) {
        return timedGet(path, "application/json");
    }

    /** Reads one resource in the media type named, and answers how long the whole exchange took, in nanoseconds. */
    long timedGet(String path, String accept) {
        HttpRequest request = request(path, accept).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return elapsed;
    }

    /** The status a read answers, whatever it is: whether a build serves it at all. */
    int status(String path, String accept) {
        return exchange(request(path, accept).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return request(path, "application/json");
    }

    private HttpRequest.Builder request(String path, String accept) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + Users.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials);
        if (party != null) {
            builder.header(PARTY_HEADER, party);
        }
        return builder;
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered no JSON: "
                    + response.body(), e);
        }
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
