package org.entente.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The registry's HTTP API as its users see it, every answer kept whatever its status: a crash test needs the
 * refusals and the requests that got no answer at all as much as the acknowledgements. Every request is signed in
 * with HTTP Basic; a registrar's requests also name its party in {@code X-Entente-Party}, which the registry reads
 * as long as it has no sign-in of its own.
 */
final class SignedInClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user the registry is started with, on its command line. */
    record User(String name, String password, String party, List<String> roles) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        /** The settings that declare this user as the {@code index}-th of the registry's users. */
        List<String> arguments(int index) {
            String prefix = "--entente.security.users[" + index + "].";
            List<String> arguments = new ArrayList<>(List.of(prefix + "name=" + name, prefix + "password={noop}" + password,
                    prefix + "roles=" + String.join(",", roles)));
            if (party != null) {
                arguments.add(prefix + "party=" + party);
            }
            return arguments;
        }
    }

    /** One answer: its status and body. */
    record Answer(int status, String body) {

        boolean acknowledged() {
            return status / 100 == 2;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String base;
    private final Duration timeout;

    SignedInClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /**
     * @throws IOException when no answer came: the request may or may not have been carried out
     */
    Answer post(String path, String json, User user) throws IOException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer get(String path, User user) throws IOException {
        return send(request(path, user).GET().build());
    }

    /** A read that must answer 200: anything else ends the check with what the registry said. */
    JsonNode read(String path, User user) {
        try {
            Answer answer = get(path, user);
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.json();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " got no answer", e);
        }
    }

    private HttpRequest.Builder request(String path, User user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", user.authorization());
        if (user.party() != null) {
            builder.header("X-Entente-Party", user.party());
        }
        return builder;
    }

    private Answer send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
