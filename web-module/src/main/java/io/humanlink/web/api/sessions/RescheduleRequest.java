package io.humanlink.web.api.sessions;

/** {@code POST /sessions/{id}/reschedule}: the new start and, optionally, a new length. */
public record RescheduleRequest(String start, Integer durationMinutes) {
}
