package io.humanlink.web.api.sessions;

import io.humanlink.platform.FieldError;
import io.humanlink.profile.SessionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses the string fields of session requests, collecting a named error for each bad one instead of stopping at the
 * first (the bodies take strings so that a malformed value is a 400 naming the field, not a generic parse failure).
 */
final class RequestFields {

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
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date-time with an offset, e.g. "
                    + "2027-03-08T09:00:00-05:00"));
            return null;
        }
    }

    Integer positive(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (value <= 0) {
            errors.add(new FieldError(field, "must be positive"));
            return null;
        }
        return value;
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
