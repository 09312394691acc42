package io.humanlink.web.platform;

import io.humanlink.platform.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.context.ApplicationScoped;

/** A refused domain rule becomes its problem document (with Retry-After for throttling). */
@Provider
@ApplicationScoped
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Inject
    RequestInfo request;

    @Override
    public Response toResponse(DomainException e) {
        Response response = Problems.response(request, e.status(), e.slug(), e.title(), e.getMessage(), e.fieldErrors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        if (e.status() == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
        }
        return response;
    }
}
