package io.humanlink.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * An RFC 9457 problem body as the API sends it. Every field may be {@code null} when the server (or something in front
 * of it) answered without a problem body; {@link #errors()} is then empty, never {@code null}.
 */
public record Problem(String type, String title, Integer status, String detail, String instance, String requestId,
                      List<FieldError> errors) {

    /** Every HumanLink problem type is this prefix plus a stable slug. */
    public static final String TYPE_PREFIX = "https://humanlink.io/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One offending input field of a validation problem. */
    public record FieldError(String field, String message) {
    }

    /** The part of {@link #type()} after {@link #TYPE_PREFIX}, e.g. {@code email-taken}; the whole type otherwise. */
    public String slug() {
        if (type == null) {
            return null;
        }
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    /** The names of the fields listed in {@link #errors()}, in order. */
    public List<String> fields() {
        return errors.stream().map(FieldError::field).toList();
    }

    public static Problem fromJson(JsonObject json) {
        Long status = Json.number(json, "status");
        return new Problem(Json.string(json, "type"), Json.string(json, "title"),
                status == null ? null : status.intValue(), Json.string(json, "detail"), Json.string(json, "instance"),
                Json.string(json, "requestId"), Json.objects(json, "errors", Problem::fieldError));
    }

    /** Reads a response body; anything that is not a JSON object gives an empty problem rather than an exception. */
    public static Problem parse(String body) {
        try {
            JsonValue value = body == null || body.isBlank() ? null : Json.parse(body);
            if (value instanceof JsonObject object) {
                return fromJson(object);
            }
        } catch (RuntimeException notJson) {
            // fall through: the caller still has the status and the raw body
        }
        return new Problem(null, null, null, null, null, null, List.of());
    }

    private static FieldError fieldError(JsonValue value) {
        JsonObject error = value.asJsonObject();
        return new FieldError(Json.string(error, "field"), Json.string(error, "message"));
    }
}
