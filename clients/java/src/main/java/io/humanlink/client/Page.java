package io.humanlink.client;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/** One page of a list; pass {@link #nextCursor()} back as {@code cursor} for the next one ({@code null}: last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    public static <T> Page<T> fromJson(JsonObject json, Function<JsonObject, T> item) {
        return new Page<>(Json.objects(json, "items", v -> item.apply(v.asJsonObject())),
                Json.string(json, "nextCursor"));
    }
}
