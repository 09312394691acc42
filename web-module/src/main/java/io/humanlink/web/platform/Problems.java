package io.humanlink.web.platform;

import io.humanlink.platform.Jsonp;
import io.humanlink.platform.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds RFC 9457 problem documents. The {@code type} is a stable URI per kind of problem that clients may switch on;
 * {@code detail} is for people. Written with JSON-P so that the error path depends on nothing that could itself fail.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://humanlink.io/problems/";

    private Problems() {
    }

    public static String body(int status, String slug, String title, String detail, String instance,
                              String requestId, List<FieldError> errors) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (requestId != null) {
            json.add("requestId", requestId);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = Jsonp.PROVIDER.createArrayBuilder();
            errors.forEach(e -> list.add(Jsonp.PROVIDER.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        return json.build().toString();
    }

    public static Response response(RequestInfo request, int status, String slug, String title, String detail,
                                    List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, slug, title, detail, request.path(), request.requestId(), errors))
                .build();
    }
}
