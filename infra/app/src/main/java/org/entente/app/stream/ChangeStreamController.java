package org.entente.app.stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.app.EntenteProperties;
import org.entente.app.security.SignedInUser;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.openapi.ApiTags;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** What changed, as it is stored, for pages and clients that show the registry live. */
@RestController
@Tag(name = ApiTags.LIVE_UPDATES)
class ChangeStreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    /** How long a client waits before it reconnects after the stream ended. */
    private static final long RECONNECT_MILLIS = 2000;

    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");

    private final ChangeFollower follower;
    private final CommitLogEventStorageEngine engine;
    private final EntenteProperties.Stream settings;

    ChangeStreamController(ChangeFollower follower, CommitLogEventStorageEngine engine, EntenteProperties properties) {
        this.follower = follower;
        this.engine = engine;
        this.settings = properties.stream();
    }

    @Operation(operationId = "streamChanges", summary = "Follow what changes, as server-sent events", description = """
            One `change` message per stored event, in the order of the event store: `id` is the event's global \
            position, `data` a `Change` naming the arrangement, the aggregate, its new version (as its `ETag`) and \
            the event's type; read the view to see the change itself. A comment (`: keep-alive`) comes every 15 \
            seconds (by default) when nothing changes. Without `Last-Event-ID` the stream tells of changes from now on; with it \
            (an `EventSource` sends it when it reconnects), of every change after that position, none twice. A \
            registrar is told only of the arrangements its party is party to. What other instances of the registry \
            store arrives too, usually within a fraction of a second. A client that falls far behind is disconnected and \
            resumes with `Last-Event-ID`; a stream also ends after 30 minutes (by default), to be resumed the same way.""")
    @ApiResponse(responseCode = "200", description = "The stream, open until the client, the server or its time ends it",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = Change.class)))
    @GetMapping(value = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Parameter(name = LAST_EVENT_ID, in = ParameterIn.HEADER, description = "Resume after this "
            + "position: the `id` of the last message received") @RequestHeader(name = LAST_EVENT_ID, required = false)
                      String lastEventId) throws IOException {
        OptionalLong after = lastEventId == null ? OptionalLong.empty() : OptionalLong.of(position(lastEventId));
        SignedInUser user = SignedInUser.current()
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in user follows the registry"));
        SseEmitter emitter = new SseEmitter(settings.maxDuration().toMillis());
        // The first lines go out at once: the client knows the stream is open, and how long to wait before resuming.
        emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment(" open"));
        follower.subscribe(emitter, user, after);
        return emitter;
    }

    private long position(String lastEventId) {
        if (!POSITION.matcher(lastEventId).matches()) {
            throw new InvalidParameter(LAST_EVENT_ID, "Must be the id of a message of this stream: a position, such as 1234");
        }
        long position = Long.parseLong(lastEventId);
        if (position > engine.headPosition()) {
            throw new InvalidParameter(LAST_EVENT_ID, "Names position " + position + ", which the registry has not reached");
        }
        return position;
    }
}
