package io.humanlink.chat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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

    /**
     * A PostgreSQL array literal of the numbers, {@code {1,2,3}}: bound as one parameter and cast in the statement
     * ({@code unnest(cast(? as bigint[]))}), so a statement over many rows has a few parameters, not one per value
     * (EclipseLink compares each positional parameter with those bound before it, which with hundreds of them showed
     * in the chat writer's profile).
     */
    static String bigintArray(Collection<Long> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Long value : values) {
            literal.append(literal.length() == 1 ? "" : ",").append(value.longValue());
        }
        return literal.append('}').toString();
    }

    /** A PostgreSQL array literal of the strings, each quoted and escaped, for {@code cast(? as varchar[])}. */
    static String textArray(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            literal.append(literal.length() == 1 ? "\"" : ",\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    /** "?, ?, ?" for an in-list of {@code count} positional parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
