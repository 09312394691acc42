package io.humanlink.web.platform;

import io.humanlink.platform.DomainException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. Containers wrap exceptions (transactions, EJB, CDI interceptors), so the cause chain is searched
 * for a known client error first; a clash with a concurrent request is a 409 {@code conflict} the client may retry
 * ({@link ConcurrentChanges}); JSON binding failures are the client's; anything else is ours: logged with the request
 * id and answered as a 500 without internals.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    RequestInfo request;

    @Inject
    DomainExceptionMapper domain;

    @Inject
    ConstraintViolationMapper violations;

    @Inject
    WebApplicationExceptionMapper web;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return domain.toResponse(d);
            }
            if (t instanceof ConstraintViolationException c) {
                return violations.toResponse(c);
            }
            if (t instanceof WebApplicationException w) {
                return web.toResponse(w);
            }
        }
        if (ConcurrentChanges.isConflict(e)) {
            LOG.log(Level.FINE, "Concurrent change [" + request.requestId() + "] on " + request.path(), e);
            return domain.toResponse(DomainException.concurrentChange());
        }
        if (MalformedRequests.isJsonBindingFailure(e)) {
            return Problems.response(request, 400, "malformed-request", "Malformed request",
                    MalformedRequests.detailFor(e), List.of());
        }
        LOG.log(Level.SEVERE, "Unhandled failure [" + request.requestId() + "] on " + request.path(), e);
        return Problems.response(request, 500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote request id " + request.requestId() + " when reporting it.",
                List.of());
    }
}
