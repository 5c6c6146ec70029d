package org.entente.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for tests that go through the real server, as a user's script would. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String actingParty;
    private final String recorder;

    public Http(int port) {
        this("http://127.0.0.1:" + port, null, null);
    }

    private Http(String baseUrl, String actingParty, String recorder) {
        this.baseUrl = baseUrl;
        this.actingParty = actingParty;
        this.recorder = recorder;
    }

    /** The same client, acting for {@code party} (the X-Entente-Party header). */
    public Http as(String party) {
        return new Http(baseUrl, party, recorder);
    }

    /** The same client, naming who records (the X-Entente-Recorder header). */
    public Http recordedBy(String user) {
        return new Http(baseUrl, actingParty, user);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data POST: text fields in order, then the file as part {@code content}. */
    public Response multipart(String path, String[][] fields, String fileName, byte[] content) {
        String boundary = "entente-" + java.util.UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (String[] field : fields) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"content\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes, for downloads. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Response send(HttpRequest.Builder request) {
        if (actingParty != null) {
            request.header("X-Entente-Party", actingParty);
        }
        if (recorder != null) {
            request.header("X-Entente-Recorder", recorder);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String retryAfter, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
