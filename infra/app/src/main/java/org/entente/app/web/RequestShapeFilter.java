package org.entente.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.app.EntenteProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What every request must look like before anything reads it: no path parameters (Tomcat and Spring would strip
 * {@code ;jsessionid=x} silently, so two spellings would name one resource), a well-formed Content-Type that names
 * one media type rather than a range, and a body no larger than {@code entente.http.max-json-body-size} unless it is an
 * upload, whose size the multipart settings bound. A body sent in chunks without a length is counted as it is
 * read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestShapeFilter extends OncePerRequestFilter {

    static final String UNSUPPORTED_MEDIA_TYPE = ProblemResponses.TYPE_PREFIX + "unsupported-media-type";

    private final long maxBody;

    RequestShapeFilter(EntenteProperties properties) {
        this.maxBody = properties.http().maxJsonBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(';') >= 0) {
            ProblemResponses.malformedRequest(response, "The path carries a path parameter (';'); this API accepts none");
            return;
        }
        MediaType contentType;
        try {
            contentType = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            ProblemResponses.malformedRequest(response, "The Content-Type header is not a well-formed media type");
            return;
        }
        if (contentType != null && (contentType.isWildcardType() || contentType.isWildcardSubtype())) {
            ProblemResponses.write(response, 415, UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type must name one media type, such as application/json, not a range such as */*");
            return;
        }
        if (contentType != null && "multipart".equalsIgnoreCase(contentType.getType())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBody) {
            ProblemResponses.write(response, 413, ProblemResponses.CONTENT_TOO_LARGE, BodyTooLarge.detail(maxBody));
            return;
        }
        chain.doFilter(new BoundedBody(request, maxBody), response);
    }

    /** A body that may be read up to a limit; a read past it fails with {@link BodyTooLarge}. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream bounded;

        BoundedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedInput(super.getInputStream(), limit);
            }
            return bounded;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BoundedInput extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedInput(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
