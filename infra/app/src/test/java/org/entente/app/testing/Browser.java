package org.entente.app.testing;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web application as a browser uses it, over HTTP: a cookie jar for the session, the sign-in form with its
 * CSRF token, pages asked for with a browser's {@code Accept} header, and redirects not followed, so a test sees
 * each answer. Answers are {@link Api.Reply}s.
 */
public final class Browser {

    /** What a browser sends for a page. */
    public static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Browser(int port) {
        this.port = port;
    }

    /** A browser signed in with the sign-in form as one of the test {@link Users}. */
    public static Browser signedInAs(int port, String user) {
        Browser browser = new Browser(port);
        Api.Reply signedIn = browser.signIn(user, Users.passwordOf(user));
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + user + ": " + signedIn);
        }
        return browser;
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

    /** A write from a page's script: JSON, with the session's CSRF token from a page's head when {@code csrf} is given. */
    public Api.Reply post(String path, String json, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
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
        Matcher field = CSRF_FIELD.matcher(page);
        if (field.find()) {
            return field.group(1);
        }
        Matcher meta = CSRF_META.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        throw new IllegalStateException("No CSRF token on the page: " + page);
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach((name, values) -> headers.addAll(name, values));
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
