package org.entente.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.app.web.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * The actuator answers some refusals with a status and no body (a health component or metric it does not
 * know, or does not show to the caller): those leave as problem documents like every other refusal.
 * Its answers are small, so holding one back to look at it costs nothing worth counting.
 */
final class ActuatorProblems extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        int status = held.getStatus();
        if (status >= 400 && held.getContentSize() == 0) {
            held.resetBuffer();
            ProblemResponses.write(response, status, ProblemResponses.typeOf(status), ProblemResponses.detailOf(status));
            return;
        }
        held.copyBodyToResponse();
    }
}
