package org.entente.app.pages;

import org.entente.app.testing.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
 * A person at the web application: signed in with the sign-in form and its session, as a browser is, and
 * reading pages as documents. Redirects are not followed, so a test sees where a page sends it.
 */
public final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    private Browser(int port) {
        this.port = port;
    }

    /** Signed in as one of the test {@link Users}. */
    public static Browser signedInAs(int port, String user) {
        Browser browser = new Browser(port);
        Document login = browser.get("/login").document();
        String form = "username=" + encode(user) + "&password=" + encode(Users.passwordOf(user))
                + "&_csrf=" + encode(login.select("input[name=_csrf]").attr("value"));
        Page signedIn = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("Signing in as " + user + " failed: " + signedIn.status() + " " + signedIn.location());
        }
        return browser;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", org.entente.app.testing.Browser.PAGE_ACCEPT).GET());
    }

    /** A JSON request as a page's script sends it: with the CSRF token the page carries, and the headers given. */
    public Page sendJson(String method, String path, String json, String csrfToken, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken).method(method, HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), uri("/").toString());
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

    /** One answer: its status, where it redirects, its type and its body. */
    public record Page(int status, String location, String contentType, String body, String baseUri) {

        public Document document() {
            return Jsoup.parse(body, baseUri);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
