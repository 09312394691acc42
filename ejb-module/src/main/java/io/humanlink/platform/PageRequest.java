package io.humanlink.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset pagination: {@code limit} items after an opaque cursor. The cursor encodes the last id seen, so pages stay
 * stable while rows are added, and a tampered cursor is a client error, not a server one.
 */
public record PageRequest(int limit, Long afterId) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** From query parameters as sent (strings, so that "limit=abc" is a 400 naming the field, not a 404). */
    public static PageRequest of(String limit, String cursor) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw DomainException.validation("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, decode(cursor));
    }

    public static String cursorAfter(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("id:")) {
                throw new IllegalArgumentException(raw);
            }
            return Long.parseLong(raw.substring(3));
        } catch (IllegalArgumentException e) {
            throw DomainException.validation("cursor", "is not a cursor this API issued");
        }
    }
}
