package org.entente.app.web;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.AbstractEndpoint;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tomcat's NIO connector with a deadline on a request's head (request line and headers). Tomcat times out
 * each read ({@code connectionTimeout}) but not the whole head, so a client that sends a header line every few
 * seconds holds a connection and its buffers forever; Tomcat 11 has no setting that bounds this. Once a second
 * this connector looks at the connections whose request's head is incomplete and closes those whose request's
 * first byte arrived longer ago than the deadline, the way Tomcat closes a connection whose read timed out.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

    private volatile long headerDeadlineNanos = Duration.ofSeconds(10).toNanos();
    private ScheduledFuture<?> watch;

    public void setHeaderReadTimeout(Duration timeout) {
        this.headerDeadlineNanos = timeout.toNanos();
    }

    @Override
    public void start() throws Exception {
        super.start();
        watch = getUtilityExecutor().scheduleWithFixedDelay(this::closeLateRequests, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
        super.stop();
    }

    private void closeLateRequests() {
        long now = System.nanoTime();
        AbstractEndpoint<NioChannel, ?> endpoint = getEndpoint();
        for (SocketWrapperBase<NioChannel> connection : endpoint.getConnections()) {
            if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
                    && waitingForHeadSinceBefore(processor, now - headerDeadlineNanos)) {
                connection.setError(new SocketTimeoutException("Request headers not received within the deadline"));
                // An error event on the connection's own worker: the processor is released and the socket closed
                // under the connection's lock, as for a read that timed out.
                if (!endpoint.processSocket(connection, SocketEvent.ERROR, true)) {
                    connection.close();
                }
            }
        }
    }

    /**
     * A processor Tomcat keeps with a connection between two reads, neither asynchronous nor upgraded nor
     * answering, is one whose request's head is still incomplete: every other request holds a worker thread, and
     * a connection between requests holds no processor.
     */
    private static boolean waitingForHeadSinceBefore(AbstractProcessor processor, long deadline) {
        Request request = processor.getRequest();
        long started = request.getStartTimeNanos();
        // Tomcat marks a request whose first byte has not arrived with a negative start.
        return !processor.isAsync() && !processor.isUpgrade() && !request.getResponse().isCommitted()
                && started >= 0 && started - deadline < 0;
    }
}
