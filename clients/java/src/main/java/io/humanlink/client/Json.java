package io.humanlink.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Null-tolerant reading and null-skipping writing of JSON-P values, so the records stay one line per field.
 * A field that is absent or JSON {@code null} reads as Java {@code null}; a Java {@code null} is never written.
 */
final class Json {

    private Json() {
    }

    static JsonValue parse(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static JsonObject parseObject(String text) {
        return parse(text).asJsonObject();
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    static Long number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber n) {
            return n.longValueExact();
        }
        if (value instanceof JsonString s) {
            return Long.valueOf(s.getString());
        }
        return null;
    }

    static boolean bool(JsonObject object, String name) {
        return object.get(name) == JsonValue.TRUE;
    }

    /** Accepts ISO-8601 with an offset ({@code 2026-01-05T10:00:00+01:00}) or in UTC ({@code ...Z}). */
    static Instant instant(JsonObject object, String name) {
        String text = string(object, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(text);
        }
    }

    static Set<String> stringSet(JsonObject object, String name) {
        return Set.copyOf(stringList(object, name));
    }

    static List<String> stringList(JsonObject object, String name) {
        return objects(object, name, v -> ((JsonString) v).getString());
    }

    static <T> List<T> objects(JsonObject object, String name, Function<JsonValue, T> mapper) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().map(mapper).toList();
    }

    static ObjectWriter object() {
        return new ObjectWriter(jakarta.json.Json.createObjectBuilder());
    }

    /** Builds a JSON object, leaving out every field whose value is {@code null}. */
    static final class ObjectWriter {
        private final JsonObjectBuilder builder;

        private ObjectWriter(JsonObjectBuilder builder) {
            this.builder = builder;
        }

        ObjectWriter add(String name, String value) {
            if (value != null) {
                builder.add(name, value);
            }
            return this;
        }

        ObjectWriter add(String name, Collection<String> values) {
            if (values != null) {
                JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
                values.forEach(array::add);
                builder.add(name, array);
            }
            return this;
        }

        JsonObject build() {
            return builder.build();
        }
    }
}
