package org.entente.app.web;

import java.io.IOException;

/** A request body read past the registry's limit; whatever reader meets it, the answer is 413. */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super(detail(limit));
    }

    static String detail(long limit) {
        return "The request body is larger than the " + limit + " bytes this registry accepts";
    }
}
