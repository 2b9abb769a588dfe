package kz.shanyraq.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The largest body each endpoint takes, checked before anyone reads it (before sign-in too): a declared
 * {@code Content-Length} above the limit is answered 413 at once; a body without one (chunked) is counted while it
 * is read and refused with {@link BodyTooLargeException} (answered 413) the moment it passes the limit. Registry
 * batches may be large, event batches smaller, everything else (one event, an SMS reply, a sign-in form) small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class BodyLimits extends OncePerRequestFilter {

    private final long importBody;
    private final long eventBatchBody;
    private final long otherBody;

    BodyLimits(@Value("${shanyraq.limits.import-body:64MB}") DataSize importBody,
               @Value("${shanyraq.limits.event-batch-body:16MB}") DataSize eventBatchBody,
               @Value("${shanyraq.limits.other-body:256KB}") DataSize otherBody) {
        this.importBody = importBody.toBytes();
        this.eventBatchBody = eventBatchBody.toBytes();
        this.otherBody = otherBody.toBytes();
    }

    /** The limit for a request path. */
    long limitFor(String path) {
        if (path.startsWith("/api/imports/")) {
            return importBody;
        }
        if (path.equals("/api/life-events/batches")) {
            return eventBatchBody;
        }
        return otherBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(declared >= 0 ? request : new Counted(request, limit), response);
        } catch (ServletException | RuntimeException e) {
            if (causedByTooLarge(e) && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
                return;
            }
            throw e;
        }
    }

    static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                + "\"detail\":\"The body is larger than this endpoint takes (" + limit + " bytes).\","
                + "\"limit\":" + limit + "}");
    }

    /** A body passed its endpoint's limit while it was read. */
    public static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    private int count(int n) {
                        if (n > 0) {
                            read += n;
                            if (read > limit) {
                                throw new BodyTooLargeException(limit);
                            }
                        }
                        return n;
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
                    public int read(byte[] b, int off, int len) throws IOException {
                        return count(in.read(b, off, len));
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
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
        }
    }
}
