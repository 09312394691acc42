package io.humanlink.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml): errors raised before JAX-RS runs — a rejected bearer token, an unknown path,
 * a failure in a filter — are answered as problem+json like every other error.
 */
@WebServlet("/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            LOG.log(Level.SEVERE, "Unhandled failure", failure);
            status = 500;
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // The authentication mechanism refuses a bad token before any filter ran: give that answer an id too.
        Object requestId = request.getAttribute(RequestLogFilter.REQUEST_ID_ATTRIBUTE);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestLogFilter.HEADER, requestId.toString());
        }
        String[] kind = kindOf(status);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(Problems.body(status, kind[0], kind[1], kind[2], path,
                requestId.toString(), List.of()));
    }

    private static String[] kindOf(int status) {
        return switch (status) {
            case 400 -> new String[] {"malformed-request", "Bad request", "The request could not be understood."};
            case 401 -> new String[] {"unauthorized", "Unauthorized",
                    "A valid bearer access token is required for this resource."};
            case 403 -> new String[] {"forbidden", "Forbidden", "You may not do this."};
            case 404 -> new String[] {"not-found", "Not found", "There is nothing at this address."};
            case 405 -> new String[] {"method-not-allowed", "Method not allowed",
                    "This address does not accept that HTTP method."};
            default -> new String[] {"internal-error", "Internal error",
                    "Something went wrong on our side. Quote the request id when reporting it."};
        };
    }
}
