package io.humanlink.web.api.platform;

import io.humanlink.platform.Jsonp;
import io.humanlink.platform.DomainException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Optional body of a job start: {@code {"parameters":{"runDate":"2026-03-04","chunkSize":200,"partitions":2}}}.
 * Which names and values a job accepts is checked by {@code JobParameters}. The body is read by hand because it is
 * optional (no body, or an empty one, starts the job with its defaults).
 */
public record StartJobRequest(Map<String, Object> parameters) {

    private static final Set<String> FIELDS = Set.of("parameters");

    /**
     * @param body the raw request body; null or blank for none
     * @return parameter name to value: a {@link String}, a {@link java.math.BigDecimal} for numbers, or
     *         {@link Boolean}/{@code JsonValue} for anything else (which validation then refuses)
     * @throws DomainException 400 when the body is not a JSON object of this shape
     */
    public static StartJobRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return new StartJobRequest(Map.of());
        }
        JsonObject json;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("The request body must be a JSON object.");
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("The request body is not valid JSON of the expected shape.");
        }
        for (String field : json.keySet()) {
            if (!FIELDS.contains(field)) {
                throw malformed("Unknown field '" + field + "' in the request body.");
            }
        }
        JsonValue parameters = json.get("parameters");
        if (parameters == null || parameters.getValueType() == JsonValue.ValueType.NULL) {
            return new StartJobRequest(Map.of());
        }
        if (parameters.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.validation("parameters", "must be an object of parameter names to values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.asJsonObject().forEach((name, value) -> values.put(name, plain(value)));
        return new StartJobRequest(values);
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> value;
        };
    }

    private static DomainException malformed(String detail) {
        return new DomainException(400, "malformed-request", "Malformed request", detail);
    }
}
