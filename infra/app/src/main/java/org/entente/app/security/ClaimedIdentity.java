package org.entente.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * The headers clients once named themselves by ({@value #PARTY} and {@value #RECORDER}) are no longer
 * trusted: who acts and for which party comes from the sign-in alone. A client may still send them, as a
 * statement of what it believes; a request whose statement disagrees with its sign-in is refused rather
 * than carried out under an identity the client did not expect.
 */
final class ClaimedIdentity extends OncePerRequestFilter {

    static final String PARTY = "X-Entente-Party";
    static final String RECORDER = "X-Entente-Recorder";

    private final SecurityMetrics metrics;

    ClaimedIdentity(SecurityMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user = SignedInUser.current();
        String party = request.getHeader(PARTY);
        String recorder = request.getHeader(RECORDER);
        if (user.isPresent() && party != null
                && !user.get().actingParty().filter(own -> own.equalsIgnoreCase(party.strip())).isPresent()) {
            metrics.denied("claimed-party", user.get().name(), request.getMethod(), request.getRequestURI());
            SecurityProblems.write(response, HttpStatus.FORBIDDEN, "acting-for-another-party", "A party acts only for itself",
                    "The " + PARTY + " header names a party this sign-in does not record for");
            return;
        }
        if (user.isPresent() && recorder != null && !recorder.strip().equals(user.get().name())) {
            metrics.denied("claimed-recorder", user.get().name(), request.getMethod(), request.getRequestURI());
            SecurityProblems.write(response, HttpStatus.FORBIDDEN, "recorder-mismatch", "Recorder is not the signed-in user",
                    "The " + RECORDER + " header names someone other than the signed-in user");
            return;
        }
        chain.doFilter(request, response);
    }
}
