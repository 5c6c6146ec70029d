package org.entente.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.List;

/**
 * Which requests are a person's browser asking for a page, and so are answered in HTML, errors included; every
 * other request, and everything under the API's addresses whoever asks, is answered with problem documents.
 */
public final class PageRequests {

    /** Set on a request whose error a page handler raised, so that the error page answers it in HTML whatever it accepts. */
    static final String ANSWERED_IN_HTML = PageRequests.class.getName() + ".html";

    private static final List<String> API_PREFIXES = List.of("/api/", "/actuator/", "/v3/api-docs", "/swagger-ui");

    private PageRequests() {
    }

    /** Whether the path is the API's (or the actuator's, or the published contract's), which never answers HTML. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.equals("/actuator") || API_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Whether the client names HTML among what it accepts, as browsers do for a page; a bare {@code *}{@code /*} does not. */
    static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Whether an error of this request, seen by the container's error page, is answered with an HTML page. */
    static boolean errorAnsweredInHtml(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? withoutContext(request, uri) : request.getRequestURI();
        return !isApi(path) && (request.getAttribute(ANSWERED_IN_HTML) != null || acceptsHtml(request));
    }

    static String pathOf(HttpServletRequest request) {
        return withoutContext(request, request.getRequestURI());
    }

    private static String withoutContext(HttpServletRequest request, String uri) {
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
