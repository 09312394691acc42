package io.humanlink.platform;

/** One offending input field of a rejected request, named as the client sent it. */
public record FieldError(String field, String message) {
}
