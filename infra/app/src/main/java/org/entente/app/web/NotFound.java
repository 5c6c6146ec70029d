package org.entente.app.web;

/** The request names something the registry does not hold. */
final class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
