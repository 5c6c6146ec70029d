package org.entente.app.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One session with the web application over plain HTTP, as a browser holds it without running the pages'
 * scripts: a cookie jar for the session, the sign-in form with its CSRF token, pages asked for with a browser's
 * {@code Accept} header, the writes a page's script sends (JSON with the page's CSRF token), and redirects not
 * followed, so a test sees each answer. Answers are {@link Api.Reply}s; {@link Api.Reply#document()} reads a
 * page. The pages as Chromium runs them are {@code org.entente.app.browser.Browser}.
 */
public final class WebSession {

    /** What a browser sends for a page. */
    public static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** What the pages' scripts send for the API's answer or its problem. */
    private static final String SCRIPT_ACCEPT = "application/json, application/problem+json";

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A session not signed in. */
    public WebSession(int port) {
        this.port = port;
    }

    /** A session signed in with the sign-in form as one of the test {@link Users}. */
    public static WebSession signedInAs(int port, String user) {
        WebSession session = new WebSession(port);
        Api.Reply signedIn = session.signIn(user, Users.passwordOf(user));
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + user + ": " + signedIn);
        }
        return session;
    }

    /** Fills in and sends the sign-in form; the answer is the redirect that follows. */
    public Api.Reply signIn(String name, String password) {
        String form = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(csrfOf(get("/login").body()));
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A page, asked for as a browser asks. */
    public Api.Reply get(String path) {
        return get(path, PAGE_ACCEPT);
    }

    public Api.Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** A POST from a page's script; see {@link #write}. */
    public Api.Reply post(String path, String json, String csrf) {
        return write("POST", path, json, csrf);
    }

    /**
     * A write from a page's script: JSON (none when {@code json} is null), with the session's CSRF token from a
     * page's head when {@code csrf} is given, and further headers as name, value, name, value …
     */
    public Api.Reply write(String method, String path, String json, String csrf, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", SCRIPT_ACCEPT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form post such as the header's sign-out button sends, with the token of the page it is on. */
    public Api.Reply postForm(String path, String csrf) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", PAGE_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(csrf == null ? "" : "_csrf=" + encode(csrf))));
    }

    /** The CSRF token a page carries, in a form field or in the head's meta tag. */
    public static String csrfOf(String page) {
        Document document = Jsoup.parse(page);
        String token = document.select("input[name=_csrf]").attr("value");
        if (token.isEmpty()) {
            token = document.select("meta[name=_csrf]").attr("content");
        }
        if (token.isEmpty()) {
            throw new IllegalStateException("No CSRF token on the page: " + page);
        }
        return token;
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new Api.Reply(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
