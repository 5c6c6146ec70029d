package org.entente.app.web;

import org.springframework.http.HttpStatus;

/**
 * A request refused by the web layer itself, answered as a problem with a stable {@code code} like the
 * refusals of commands.
 */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;

    public RequestRefused(HttpStatus status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
