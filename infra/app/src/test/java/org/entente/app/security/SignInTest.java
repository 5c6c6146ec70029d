package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/** Signing in with a password: over HTTP Basic for scripts, with the form and a session for the web page. */
@EntenteApplicationTest
class SignInTest {

    @Autowired
    RestTestClient client;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @Test
    void a_request_without_credentials_is_told_how_to_sign_in() {
        Api.Reply reply = new Api(client).anonymous().get("/api/arrangements");

        JsonNode problem = problem(401, reply);
        assertThat(problem.get("type").asText()).endsWith("unauthenticated");
        assertThat(reply.headers().get("WWW-Authenticate")).anySatisfy(challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void a_wrong_password_is_refused_and_counted() {
        double before = failures("bad-credentials");

        problem(401, new Api(client).signedInWith(Users.AUDITOR, "not the password")
                .get("/api/arrangements"));

        assertThat(failures("bad-credentials")).isEqualTo(before + 1);
    }

    @Test
    void repeated_failures_lock_the_name_for_a_while_even_against_the_right_password() {
        String name = aUserOfTheDirectory();
        Api guesser = new Api(client).anonymous();
        for (int i = 0; i < 5; i++) {
            problem(401, guesser.signedInWith(name, "guess " + i).get("/api/me"));
        }
        double lockedBefore = failures("locked");

        Api.Reply locked = guesser.signedInWith(name, PASSWORD).get("/api/me");

        JsonNode problem = problem(429, locked);
        assertThat(problem.get("type").asText()).endsWith("sign-in-locked");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(failures("locked")).isEqualTo(lockedBefore + 1);
        ok(new Api(client).signedInAs(Users.VIEWER).get("/api/me"));
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        String name = aUserOfTheDirectory();
        ok(admin().patch("/api/admin/users/" + name, "{\"enabled\": false}"));

        problem(401, new Api(client).signedInWith(name, PASSWORD).get("/api/me"));
    }

    @Test
    void the_web_page_signs_in_with_the_form_and_its_session_writes_only_with_the_csrf_token() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + Users.registrarOf("NOR") + "&password=" + URLEncoder.encode(Users.passwordOf(Users.registrarOf("NOR")),
                StandardCharsets.UTF_8) + "&_csrf=" + csrfOf(loginPage);

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        HttpResponse<String> me = browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains(Users.registrarOf("NOR"));

        HttpResponse<String> withoutToken = browser.send(post("/api/me/tokens", null), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("csrf");

        String token = csrfOf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> withToken = browser.send(post("/api/me/tokens", token), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    private static final String PASSWORD = "a password of the directory";

    private String aUserOfTheDirectory() {
        String name = Unique.id("clerk");
        created(admin().post("/api/admin/users", "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"VIEWER\"]}"));
        ok(new Api(client).signedInWith(name, PASSWORD).get("/api/me"));
        return name;
    }

    private Api admin() {
        return new Api(client).signedInAs(Users.ADMIN);
    }

    private double failures(String reason) {
        var counter = meters.find("entente.security.sign-in.failures").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"from the page\"}"));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrfOf(String page) throws IOException {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IOException("No CSRF token on the page: " + page);
        }
        return token.group(1);
    }

}
