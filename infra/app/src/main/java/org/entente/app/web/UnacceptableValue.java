package org.entente.app.web;

/**
 * A request value refused by one of the registry's own readers (of dates, instants, text), with what is wrong
 * with it in words a client can act on; the problem document names the field it came in.
 */
public final class UnacceptableValue extends IllegalArgumentException {

    public UnacceptableValue(String message) {
        super(message);
    }
}
