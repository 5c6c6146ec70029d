package org.entente.app.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Who issued a command. Until authentication exists, the recorder is named by the {@value #HEADER}
 * request header, or else the configured default; it is kept in every event's metadata.
 */
final class Recorder {

    static final String HEADER = "X-Entente-Recorder";
    static final String METADATA = "recorder";

    private Recorder() {
    }

    static Optional<String> ofCurrentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getHeader(HEADER)).filter(h -> !h.isBlank());
        }
        return Optional.empty();
    }
}
