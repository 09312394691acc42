package io.humanlink.web.platform;

import io.humanlink.platform.FieldError;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** JAX-RS's own refusals (unknown route, wrong method or media type, bad JSON, missing role) as problem documents. */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    RequestInfo request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response problem = switch (status) {
            case 400 -> MalformedRequests.isMissingBody(e)
                    ? Problems.response(request, 400, "validation", "Invalid request", "The request body is missing.",
                            List.of(new FieldError("body", "must not be empty")))
                    : MalformedRequests.isJsonBindingFailure(e)
                    ? problem(400, "malformed-request", "Malformed request", MalformedRequests.detailFor(e))
                    : problem(400, "malformed-request", "Malformed request", "The request could not be understood.");
            case 401 -> problem(401, "unauthorized", "Unauthorized",
                    "A valid bearer access token is required for this resource.");
            case 403 -> problem(403, "forbidden", "Forbidden", "Your roles do not allow this.");
            case 404 -> problem(404, "not-found", "Not found", "There is nothing at this address.");
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept that HTTP method.");
            case 406 -> problem(406, "not-acceptable", "Not acceptable", "This resource answers in JSON only.");
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            default -> status >= 500
                    ? problem(status, "internal-error", "Internal error", "Something went wrong on our side.")
                    : problem(status, "request-refused", "Request refused", e.getMessage());
        };
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    private Response problem(int status, String slug, String title, String detail) {
        return Problems.response(request, status, slug, title, detail, List.of());
    }
}
