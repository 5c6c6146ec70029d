package org.entente.app.testing;

import org.springframework.http.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The HTTP API over a plain socket, byte for byte as written: for requests a client library would refuse to send
 * or would put right first (a bad percent-encoding, a path parameter, a wildcard Content-Type, oversized headers,
 * a body cut short, {@code TRACE}). Every request is built by {@link #bytesOf}, the one place where what every
 * request carries (the credentials of the United States' registrar, who may write to the arrangements the
 * tests use, so that what is refused is the request itself) is added.
 */
public final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** One header line, written as given. */
    public record Header(String name, String value) {
    }

    /**
     * A request as it goes on the wire. {@code target} is the request target exactly as sent (percent-encodings
     * and all); a body is framed by Content-Length unless sent {@code inChunks}.
     */
    public record Request(String method, String target, String version, List<Header> headers, byte[] body, boolean inChunks) {

        public static Request of(String method, String target) {
            return new Request(method, target, "HTTP/1.1", List.of(), null, false);
        }

        /** The protocol the request line names, {@code HTTP/1.1} unless told. */
        public Request version(String protocol) {
            return new Request(method, target, protocol, headers, body, inChunks);
        }

        public Request header(String name, String value) {
            List<Header> more = new ArrayList<>(headers);
            more.add(new Header(name, value));
            return new Request(method, target, version, List.copyOf(more), body, inChunks);
        }

        public Request body(String contentType, byte[] content) {
            return header("Content-Type", contentType).body(content);
        }

        public Request body(String contentType, String content) {
            return body(contentType, content.getBytes(StandardCharsets.UTF_8));
        }

        /** A body without a Content-Type. */
        public Request body(byte[] content) {
            return new Request(method, target, version, headers, content, inChunks);
        }

        /** The body sent in chunks, without a length. */
        public Request chunked() {
            return new Request(method, target, version, headers, body, true);
        }

        @Override
        public String toString() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return method + " " + shown + " " + version + " " + headers.stream().map(h -> h.name() + ": "
                    + (h.value().length() > 60 ? h.value().substring(0, 60) + "…" : h.value())).toList()
                    + (body == null ? "" : " (" + body.length + " bytes" + (inChunks ? ", chunked" : "") + ": " + preview(body) + ")");
        }

        /** The start of the body, with what is not printable ASCII escaped. */
        private static String preview(byte[] body) {
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < Math.min(body.length, 160); i++) {
                int b = body[i] & 0xFF;
                shown.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
            }
            return body.length > 160 ? shown + "…" : shown.toString();
        }
    }

    public Api.Reply send(Request request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(bytesOf(request));
                out.flush();
            } catch (SocketException refusedMidway) {
                // The server may answer and close before it has read all of a request it refuses; its answer counts.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request, e);
        }
    }

    /** The request's bytes: request line, the headers every request carries, the request's own, the body. */
    private byte[] bytesOf(Request request) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(' ')
                .append(request.version()).append("\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n")
                .append("Authorization: Basic ").append(Base64.getEncoder().encodeToString((Users.registrarOf("USA") + ":"
                        + Users.passwordOf(Users.registrarOf("USA"))).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (Header header : request.headers()) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        byte[] body = request.body();
        if (body != null && request.inChunks()) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null && request.inChunks()) {
            for (int start = 0; start < body.length; start += 8192) {
                int length = Math.min(8192, body.length - start);
                bytes.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                bytes.write(body, start, length);
                bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            bytes.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }

    private static Api.Reply parse(byte[] answer) throws IOException {
        int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("Not an HTTP answer: " + new String(answer, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        HttpHeaders headers = new HttpHeaders();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int colon = line.indexOf(':');
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
        if ("chunked".equalsIgnoreCase(headers.getFirst(HttpHeaders.TRANSFER_ENCODING))) {
            body = unchunk(body);
        }
        // An interim 100 Continue is followed by the real answer.
        return status == 100 ? parse(body) : new Api.Reply(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("A chunked body ended early");
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.skip(2);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
