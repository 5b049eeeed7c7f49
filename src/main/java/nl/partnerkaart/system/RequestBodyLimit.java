package nl.partnerkaart.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body that is not a multipart upload, before anything parses it: a declared length above
 * {@code partnerkaart.http.max-body-size} is answered 413 at once, and a body without a declared length (chunked)
 * stops being read at the limit, so a 30 MB JSON document never reaches Jackson or a validator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long max;
    private final ServerMessages messages;

    RequestBodyLimit(HttpProperties properties, ServerMessages messages) {
        this.max = properties.maxBodySize().toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > max) {
            messages.write(request, response, Problems.problem(HttpStatus.CONTENT_TOO_LARGE,
                    Message.of("request.bodyTooLarge", length, max), null));
            return;
        }
        chain.doFilter(length < 0 ? new Bounded(request, max) : request, response);
    }

    /** A request whose body fails to read past the limit; the failure becomes a 400 "not readable" problem. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException("the request body exceeds " + max + " bytes (partnerkaart.http.max-body-size)");
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
            };
        }
    }
}
