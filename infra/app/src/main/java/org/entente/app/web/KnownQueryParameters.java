package org.entente.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A query parameter the operation does not take is a 400 naming it, never silently ignored: a client
 * that misspells {@code dueFrom} must not be answered the whole list as if it had filtered. The known
 * names are the operation's {@code @RequestParam}s and the components of a record its parameters are
 * bound to; only the query string is checked, not form fields.
 */
final class KnownQueryParameters implements HandlerInterceptor {

    private final ConcurrentMap<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The container's error page sees the query string of the request that failed, which was judged already.
        if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null
                || request.getDispatcherType() == DispatcherType.ERROR
                || !method.getBeanType().getPackageName().startsWith("org.entente.")) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(method, KnownQueryParameters::namesOf);
        for (String pair : request.getQueryString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            if (!names.contains(name)) {
                throw new InvalidParameter(RegistryText.problemWith(name) == null ? name : "query",
                        names.isEmpty() ? "is not a parameter of this request, which takes none"
                                : "is not a parameter of this request; it takes " + String.join(", ", names));
            }
        }
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(method.getMethodParameters()).forEach(parameter -> {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                names.add(nameOf(annotation, parameter));
            } else if (parameter.getParameterType().isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)) {
                // Parameters bound to a record, one per component.
                Arrays.stream(parameter.getParameterType().getRecordComponents()).forEach(c -> names.add(c.getName()));
            }
        });
        return Set.copyOf(names);
    }

    private static String nameOf(RequestParam annotation, MethodParameter parameter) {
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        return !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidParameter("query", "is not a well-formed query string");
        }
    }
}
