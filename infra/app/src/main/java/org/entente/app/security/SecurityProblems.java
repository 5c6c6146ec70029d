package org.entente.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.app.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Refusals decided before a request reaches a controller, written as the same RFC 9457 problem documents
 * the controllers answer with: not signed in (401, saying how to sign in), signed in without the right
 * (403), locked after failed sign-ins (429, saying when to try again).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecurityMetrics metrics;
    private final Clock clock;

    SecurityProblems(SecurityMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof PasswordSignIn.SignInLocked locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Too many failed sign-ins",
                    "Sign-in for this user is paused after repeated failures; try again in " + seconds + " s");
            return;
        }
        metrics.denied("unauthenticated", null, request.getMethod(), request.getRequestURI());
        if (failure instanceof InvalidBearerTokenException) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token", failure.getMessage());
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Entente\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                "Sign in with HTTP Basic, an API token or a token of the identity provider");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String user = SignedInUser.current().map(SignedInUser::name).orElse(null);
        metrics.denied("forbidden", user, request.getMethod(), request.getRequestURI());
        if (denied instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "csrf", "Missing or invalid CSRF token",
                    "A request signed in by the web page's session must carry its CSRF token");
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this request");
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemResponses.write(response, status.value(), ProblemResponses.TYPE_PREFIX + type, title, detail);
    }
}
