package org.entente.app.web.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two requests the same request: method, path and query, the headers that name who acts
 * ({@code X-Entente-…}), the media type, and the body. A multipart body is taken as its parsed parts (name,
 * file name, type and content of each, by name), because the servlet container has read the raw stream
 * once it parsed it, and the boundary differs from one sending to the next anyway. Every field is written
 * with its length, so no two different requests run together into the same bytes.
 */
final class RequestFingerprint {

    private static final String OWN_HEADERS = "x-entente-";

    private final MessageDigest digest = sha256();

    private RequestFingerprint() {
    }

    static String of(HttpServletRequest request, byte[] body) {
        RequestFingerprint fingerprint = new RequestFingerprint().head(request);
        fingerprint.field("body").bytes(body);
        return fingerprint.hex();
    }

    static String ofParts(HttpServletRequest request) throws IOException, ServletException {
        RequestFingerprint fingerprint = new RequestFingerprint().head(request);
        List<Part> parts = new ArrayList<>(request.getParts());
        // Stable: parts of the same name keep their order, which a list field depends on.
        parts.sort(Comparator.comparing(Part::getName));
        for (Part part : parts) {
            fingerprint.field("part").field(part.getName()).field(String.valueOf(part.getSubmittedFileName()))
                    .field(String.valueOf(part.getContentType()));
            try (InputStream content = part.getInputStream()) {
                fingerprint.content(content, part.getSize());
            }
        }
        return fingerprint.hex();
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private RequestFingerprint head(HttpServletRequest request) {
        field(request.getMethod()).field(request.getRequestURI()).field(String.valueOf(request.getQueryString()));
        List<String> names = Collections.list(request.getHeaderNames()).stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> name.startsWith(OWN_HEADERS))
                .distinct().sorted().toList();
        for (String name : names) {
            field(name);
            Collections.list(request.getHeaders(name)).forEach(this::field);
        }
        return field(mediaType(request.getContentType()));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType() + "/" + type.getSubtype();
        } catch (IllegalArgumentException e) {
            return contentType;
        }
    }

    private RequestFingerprint field(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private RequestFingerprint bytes(byte[] bytes) {
        length(bytes.length);
        digest.update(bytes);
        return this;
    }

    private void content(InputStream content, long size) throws IOException {
        length(size);
        try (DigestInputStream in = new DigestInputStream(content, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void length(long length) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (length >>> shift));
        }
    }

    private String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
