package io.humanlink.billing.stripe;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;

/**
 * Null-tolerant reads of Stripe's JSON, as the API sent it: a field that is absent, null or of another shape reads
 * as null, so a payload of another API version yields what it has instead of failing. Stripe's "expandable" fields
 * are an id or, when expanded, the object with that id; {@link #id} reads both.
 */
final class StripeJson {

    private StripeJson() {
    }

    static JsonObject parse(String json) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonObject object(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value instanceof JsonObject object ? object : null;
    }

    /** The first element of the list object's {@code data} (Stripe's list shape), when it is an object. */
    static JsonObject firstOfList(JsonObject list) {
        JsonArray data = array(list, "data");
        return data == null || data.isEmpty() || !(data.get(0) instanceof JsonObject first) ? null : first;
    }

    static JsonArray array(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value instanceof JsonArray array ? array : null;
    }

    static String text(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    /** An expandable field's id, whether it came as the id or as the expanded object. */
    static String id(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonObject expanded ? text(expanded, "id") : null;
    }

    static Long number(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value instanceof JsonNumber number ? number.longValue() : null;
    }

    static long amount(JsonObject json, String name) {
        Long amount = number(json, name);
        return amount == null ? 0 : amount;
    }

    /** Stripe's times are Unix seconds. */
    static Instant time(JsonObject json, String name) {
        Long seconds = number(json, name);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    static boolean flag(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value == JsonValue.TRUE;
    }

    static String metadata(JsonObject json, String key) {
        return text(object(json, "metadata"), key);
    }

    /** ISO 4217 as the rest of the application spells it; Stripe writes it in lower case. */
    static String currency(JsonObject json) {
        String currency = text(json, "currency");
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }

    @SafeVarargs
    static <T> T firstPresent(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
