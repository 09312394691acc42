package io.humanlink.web.api.sessions;

import io.humanlink.platform.FieldError;
import io.humanlink.profile.SessionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses the string fields of session requests, collecting a named error for each bad one instead of stopping at the
 * first (the bodies take strings so that a malformed value is a 400 naming the field, not a generic parse failure).
 * Numbers arrive as {@link BigDecimal}: JSON-B binds a JSON number to an {@code Integer} by silently wrapping or
 * truncating it (4294967326 becomes 30, 30.7 becomes 30), so the exact value is checked here instead.
 */
final class RequestFields {

    /**
     * Instants outside years 1–9999 are refused: beyond them java.time's dates and PostgreSQL's timestamps run out, and
     * a far-off {@code to} would fail deep inside a query instead of as the client's mistake.
     */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final List<FieldError> errors;

    RequestFields(List<FieldError> errors) {
        this.errors = errors;
    }

    UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be an id (UUID)"));
            return null;
        }
    }

    SessionType type(String field, String value) {
        if (value == null || !SessionType.isCode(value.strip().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "must be one of text, voice, video"));
            return null;
        }
        return SessionType.fromCode(value.strip().toLowerCase(Locale.ROOT));
    }

    /** An ISO-8601 date-time with an offset (e.g. 2027-03-08T09:00:00-05:00 or ...Z). */
    Instant instant(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date-time with an offset, e.g. "
                    + "2027-03-08T09:00:00-05:00"));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            errors.add(new FieldError(field, "must be between the years 1 and 9999"));
            return null;
        }
        return instant;
    }

    Integer positive(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        Integer exact = exactInt(value);
        if (exact == null || exact <= 0) {
            errors.add(new FieldError(field, "must be a positive whole number"));
            return null;
        }
        return exact;
    }

    /** The value as an int if it is a whole number in int's range, else null (never wrapped or rounded). */
    static Integer exactInt(BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException notAnInt) {
            return null;
        }
    }

    String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        return value.strip();
    }
}
