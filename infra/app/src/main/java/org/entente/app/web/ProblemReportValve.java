package org.entente.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Tomcat's last word on an error nobody answered, as a problem document instead of Tomcat's HTML page. Requests
 * Tomcat rejects before any servlet sees them end here: a path with {@code %2F}, {@code %00} or a bad
 * percent-encoding, headers too large or too many.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // Tomcat hands over why it refused a request it could not parse; that is the client's fault, not ours.
        if (throwable != null && status >= 500) {
            log.error("A request failed outside the application's error handling", throwable);
        } else if (throwable != null) {
            log.debug("Tomcat refused a request with {}", status, throwable);
        }
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED || status == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED) {
            // Tomcat's answers to a transfer coding it does not implement (Transfer-Encoding: gzip, chunked) and to a
            // request line naming HTTP/1.2 or HTTP/2.0: the request cannot be read, which for the client is a malformed
            // request like any other framing error, not a failure of the registry.
            status = HttpServletResponse.SC_BAD_REQUEST;
        }
        try {
            ProblemResponses.write(response, status, ProblemResponses.typeOf(status), ProblemResponses.detailOf(status));
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was claimed by a writer: there is nobody left to tell.
            log.debug("Could not write the problem document of a {} answer", status, e);
        }
    }
}
