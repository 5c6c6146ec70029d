package org.entente.app.web;

/** A request parameter that is well typed but names nothing valid, such as an unknown party code. */
final class InvalidParameter extends RuntimeException {

    private final String parameter;

    InvalidParameter(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
