package io.humanlink.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it looks sane, else a new UUID), returns it in the
 * response, and logs one line per request with method, path, status, duration and id — never the query string or
 * body, which may hold tokens. Method and path are read before the request is handled: a WebSocket upgrade's socket
 * may already be closed by the time the chain returns, and closing it recycles the request on another thread
 * (reading it then threw, and the failure left that worker thread's request contexts behind for its next request).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("io.humanlink.http");
    static final String REQUEST_ID_ATTRIBUTE = "humanlink.requestId";
    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        String method = request.getMethod();
        String path = request.getRequestURI();
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - start) / 1000;
            int status = response.getStatus();
            LOG.info(() -> String.format("%s %s -> %d in %d.%03d ms [%s]", method, path, status, micros / 1000,
                    micros % 1000, id));
        }
    }
}
