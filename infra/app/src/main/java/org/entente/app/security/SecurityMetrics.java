package org.entente.app.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins and refused requests, counted and logged for operators. Log lines name the user and
 * the reason, never a password or token.
 */
public final class SecurityMetrics {

    private static final Logger log = LoggerFactory.getLogger(SecurityMetrics.class);

    private final MeterRegistry registry;

    SecurityMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param reason bad-credentials, locked, disabled, invalid-token */
    void signInFailed(String method, String name, String reason) {
        Counter.builder("entente.security.sign-in.failures").description("Sign-ins refused")
                .tag("method", method).tag("reason", reason).register(registry).increment();
        log.warn("Sign-in refused ({}, {}) for '{}'", method, reason, printable(name));
    }

    /** @param reason forbidden (the role does not allow it), hidden (answered as not found), unauthenticated */
    public void denied(String reason, String user, String method, String path) {
        Counter.builder("entente.security.denials").description("Requests refused for want of permission")
                .tag("reason", reason).register(registry).increment();
        log.info("Refused ({}) {} {} for '{}'", reason, method, printable(path), printable(user));
    }

    /** A name or path as a client sent it, without what could forge a log line. */
    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
