package org.entente.app.web;

/** A request parameter that is well typed but names nothing valid, such as an unknown party code. */
public final class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
