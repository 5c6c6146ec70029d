package org.entente.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.entente.api.rules.Expected;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code If-Match} on a write: the versions the client last read (as the {@code ETag} of a read or a
 * write carries them), or {@code *} for "it exists". They travel with every command the request sends as
 * {@link Expected#VERSION}, and the aggregate refuses the command (412) unless it is still at one of them,
 * deciding that while it is locked. Every endpoint that sends a command honours it, none can forget to;
 * Axon registers this interceptor on the command gateway as a bean.
 */
@Component
public class VersionPreconditions implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");
    private static final int MAX_TAGS = 20;

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            String expected = currentRequest()
                    .map(request -> expectedVersions(Collections.list(request.getHeaders(HttpHeaders.IF_MATCH))))
                    .orElse(null);
            return expected == null ? command : command.andMetaData(Map.of(Expected.VERSION, expected));
        };
    }

    /** The ETag a read or a write answers for an aggregate at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the metadata value for the header's values, or null when there are none
     * @throws InvalidParameter when they are neither {@code *} nor versions in double quotes
     */
    static String expectedVersions(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return null;
        }
        String joined = String.join(",", headerValues).trim();
        if (joined.equals(Expected.ANY)) {
            return Expected.ANY;
        }
        List<String> versions = new ArrayList<>();
        for (String tag : joined.split(",", -1)) {
            Matcher matcher = VERSION_TAG.matcher(tag.trim());
            if (!matcher.matches() || versions.size() == MAX_TAGS) {
                throw new InvalidParameter(HttpHeaders.IF_MATCH, "must be * or up to " + MAX_TAGS
                        + " versions in double quotes, as the ETag carries them, such as \"3\"");
            }
            versions.add(Long.toString(Long.parseLong(matcher.group(1))));
        }
        return String.join(",", versions);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
