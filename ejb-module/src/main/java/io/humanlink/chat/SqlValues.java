package io.humanlink.chat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.UUID;

/** Values in and out of native queries, which come back as whatever the driver chose (PostgreSQL and H2 differ). */
final class SqlValues {

    private SqlValues() {
    }

    static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instantOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static UUID uuidOf(Object value) {
        return UUID.fromString(value.toString());
    }

    /** "?, ?, ?" for an in-list of {@code count} positional parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
