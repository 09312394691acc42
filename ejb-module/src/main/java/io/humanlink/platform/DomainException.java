package io.humanlink.platform;

import java.util.List;

/**
 * A rule of the domain refused the request. Carries what the web tier needs for an RFC 9457 problem document: a
 * stable slug (becomes the problem {@code type}), the HTTP status, a human detail and, for validation, the fields.
 * Thrown before anything is written, or inside a transaction that it rolls back.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public DomainException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), null);
    }

    private DomainException(int status, String slug, String title, String detail, List<FieldError> fieldErrors,
                            Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static DomainException validation(List<FieldError> errors) {
        return new DomainException(400, "validation", "Invalid request",
                "The request has invalid fields: " + errors.stream().map(FieldError::field).distinct().toList(),
                errors, null);
    }

    public static DomainException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "Not found", what + " was not found.");
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(403, "forbidden", "Forbidden", detail);
    }

    /**
     * Someone else changed the same data at the same moment (a lost optimistic lock, a unique key taken by a parallel
     * insert, a serialization failure or deadlock). Nothing was written; the same request will normally succeed if
     * sent again.
     */
    public static DomainException concurrentChange() {
        return new DomainException(409, "conflict", "Concurrent change",
                "The data was changed concurrently by another request; retry.");
    }

    public static DomainException tooManyRequests(String slug, String detail, long retryAfterSeconds) {
        return new DomainException(429, slug, "Too many requests", detail, List.of(), retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
