package org.entente.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API as a script calls it, through Spring's {@link RestTestClient}, signed in with HTTP Basic
 * as one of the test {@link Users}: by default the auditor, who reads everything and writes nothing;
 * {@link #as(String)} acts as a party's registrar. Answers are kept whole (status, headers, body) for
 * assertions.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestTestClient anonymous;
    private final RestTestClient client;

    /** Signed in as the auditor. */
    public Api(RestTestClient client) {
        this(client, Users.AUDITOR);
    }

    private Api(RestTestClient anonymous, String user) {
        this.anonymous = anonymous;
        this.client = user == null ? anonymous
                : anonymous.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, Users.passwordOf(user))).build();
    }

    /** Acting for {@code party}: signed in as its registrar. */
    public Api as(String party) {
        return signedInAs(Users.registrarOf(party));
    }

    /** Signed in as one of the test {@link Users}. */
    public Api signedInAs(String user) {
        return new Api(anonymous, user);
    }

    /** Signed in with a name and password of the test's own making, such as a user the test created. */
    public Api signedInWith(String name, String password) {
        return anonymous().withHeader(HttpHeaders.AUTHORIZATION,
                "Basic " + HttpHeaders.encodeBasicAuth(name, password, StandardCharsets.UTF_8));
    }

    /** Not signed in at all. */
    public Api anonymous() {
        return new Api(anonymous, null);
    }

    /** With a header every request sends, such as a bearer token instead of the password. */
    public Api withHeader(String name, String value) {
        return new Api(client.mutate().defaultHeaders(headers -> headers.set(name, value)).build(), null);
    }

    /** @param uriVariables values for the path's {@code {placeholders}}, encoded as values (a '+' stays a '+') */
    public Reply get(String path, Object... uriVariables) {
        return reply(client.get().uri(path, uriVariables).exchange().returnResult(byte[].class));
    }

    public Reply post(String path, String json) {
        return send("POST", path, MediaType.APPLICATION_JSON_VALUE, json);
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, MediaType.APPLICATION_JSON_VALUE, json);
    }

    public Reply send(String method, String path, String contentType, String body) {
        RestTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(path);
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (body != null) {
            request.body(body);
        }
        return reply(request.exchange().returnResult(byte[].class));
    }

    /** The papers a party still has to acknowledge under one arrangement (the list spans the whole registry). */
    public List<String> outstandingAcknowledgements(String party, String arrangementId) {
        return everyItem("/api/parties/" + party + "/outstanding-acknowledgements", "items").stream()
                .filter(paper -> paper.get("arrangementId").asText().equals(arrangementId))
                .map(paper -> paper.get("id").asText()).toList();
    }

    /** Every item of a paged list, page after page; {@code listField} names the list in a page ({@code items} for most). */
    public List<JsonNode> everyItem(String path, String listField) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = Expect.ok(get(path + separator + "size=500&page=" + page)).json();
            answer.get(listField).forEach(items::add);
            if (answer.get(listField).isEmpty() || items.size() >= answer.get("total").asLong()) {
                return items;
            }
        }
    }

    /** SHA-256 of bytes in hex, as papers are registered by. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A multipart/form-data POST: the text fields, then the file as part {@code content}. */
    public Reply multipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        fields.forEach(parts::part);
        parts.part("content", content).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return reply(client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build())
                .exchange().returnResult(byte[].class));
    }

    private static Reply reply(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        return new Reply(result.getStatus().value(), result.getResponseHeaders(), body == null ? new byte[0] : body);
    }

    /** One answer: its status, its headers and its body. */
    public record Reply(int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body(), e);
            }
        }

        public String location() {
            return headers.getFirst(HttpHeaders.LOCATION);
        }

        public String header(String name) {
            return headers.getFirst(name);
        }

        /** The body read as an HTML page. */
        public Document document() {
            return Jsoup.parse(body());
        }

        public boolean isHtml() {
            MediaType type = headers.getContentType();
            return type != null && type.isCompatibleWith(MediaType.TEXT_HTML);
        }

        public boolean isProblem() {
            MediaType type = headers.getContentType();
            return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @Override
        public String toString() {
            return status + " " + headers.getContentType() + " " + body();
        }
    }
}
