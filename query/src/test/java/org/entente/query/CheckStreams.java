package org.entente.query;

import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;

import java.util.stream.Stream;

/** Every check the fixtures' stories tell, each in its own stream as the registry stores checks. */
public final class CheckStreams {

    private CheckStreams() {
    }

    public static EventStream[] all() {
        return besides();
    }

    /** The streams given, then every check's stream: events recorded at the same instant keep that order. */
    public static EventStream[] besides(EventStream... streams) {
        return Stream.of(Stream.of(streams), UsRussia2011.checks().stream(), WatchAndWarning.checks().stream())
                .flatMap(s -> s)
                .toArray(EventStream[]::new);
    }
}
