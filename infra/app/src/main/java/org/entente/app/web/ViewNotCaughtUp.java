package org.entente.app.web;

/** The read model had not reached the version a client asked for within the allowed wait. */
final class ViewNotCaughtUp extends RuntimeException {

    ViewNotCaughtUp(String id, long minVersion) {
        super("The view of '" + id + "' has not reached version " + minVersion + " yet; retry shortly");
    }
}
