package org.entente.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Problem documents written straight to a servlet response, for the places Spring MVC's exception handling does
 * not reach: the servlet container's own rejections, filters, and the container's error dispatch. Every answer
 * then reads the same, whichever layer refused the request.
 */
public final class ProblemResponses {

    public static final String TYPE_PREFIX = "urn:entente:problem:";

    /**
     * A request that is not well-formed HTTP as this API reads it (a bad percent-encoding in its path, a path
     * parameter, headers too large or too many). Whatever layer rejects such a request answers with this type.
     */
    public static final String MALFORMED_REQUEST = TYPE_PREFIX + "malformed-request";

    /** A request larger than the registry accepts. */
    public static final String CONTENT_TOO_LARGE = TYPE_PREFIX + "content-too-large";

    /** The registry's own titles; a type named after a status is titled by the status. */
    private static final Map<String, String> TITLES = Map.of(
            MALFORMED_REQUEST, "Malformed request",
            CONTENT_TOO_LARGE, "Content too large");

    private ProblemResponses() {
    }

    /** Writes a problem document unless the response is already committed. */
    public static void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        write(response, status, type, TITLES.getOrDefault(type, known != null ? known.getReasonPhrase() : "Error"), detail);
    }

    /** Writes a problem document with a title of its own, unless the response is already committed. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = body(status, type, title, detail);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A 400 {@value #MALFORMED_REQUEST} problem. */
    public static void malformedRequest(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST, MALFORMED_REQUEST, detail);
    }

    /**
     * The problem type of an answer that only has a status: {@value #MALFORMED_REQUEST} for 400, else the
     * status's name, as Spring's own problems are typed ({@value #CONTENT_TOO_LARGE} for 413).
     */
    public static String typeOf(int status) {
        if (status == HttpServletResponse.SC_BAD_REQUEST) {
            return MALFORMED_REQUEST;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return TYPE_PREFIX + (known != null ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "http-" + status);
    }

    /** What a person is told when the status is all there is to say. */
    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its target, headers or framing are malformed";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept the request's method";
            case 408 -> "The request did not arrive in time";
            case 413 -> "The request is larger than this registry accepts";
            case 414 -> "The request's target is longer than this registry accepts";
            case 415 -> "The request's Content-Type is not one this address reads";
            case 500 -> "The request could not be completed; nothing was recorded unless a version was returned";
            case 503 -> "The registry cannot answer now; retry shortly";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known != null ? known.getReasonPhrase() : "The request was not completed";
            }
        };
    }

    static byte[] body(int status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return JsonMapper.shared().writeValueAsBytes(problem);
    }
}
