package org.entente.app.web.idempotency;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a request sent with an idempotency key, as it is given again to the same request.
 *
 * @param status  the HTTP status
 * @param headers the headers that describe the answer (Location, ETag, Content-Type), by name
 * @param body    the body's bytes
 */
public record RecordedAnswer(int status, Map<String, String> headers, byte[] body) {

    public RecordedAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedAnswer that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RecordedAnswer[" + status + ", " + headers + ", " + body.length + " bytes]";
    }
}
