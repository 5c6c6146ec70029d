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
import java.time.Duration;

/**
 * The registry's HTTP API as a client sees it: JSON in and out, the acting party in {@code X-Entente-Party}.
 * Any answer other than the one expected stops the comparison with the answer's body, since a refused write
 * would leave the two builds holding different histories.
 */
final class Api {

    static final String PARTY_HEADER = "X-Entente-Party";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    JsonNode post(String path, Object body, String party) {
        return send(request(path, party).POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode patch(String path, Object body, String party) {
        return send(request(path, party).method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode get(String path) {
        return send(request(path, null).GET().build());
    }

    /** Reads one resource and answers how long the whole exchange took, in nanoseconds. */
    long timedGet(String path) {
        HttpRequest request = request(path, null).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return elapsed;
    }

    private HttpRequest.Builder request(String path, String party) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
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
