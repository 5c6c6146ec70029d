package org.entente.app.audit;

/** Who issued a command: the signed-in user's name, kept in every event's metadata under {@value #METADATA}. */
final class Recorder {

    static final String METADATA = "recorder";

    private Recorder() {
    }
}
