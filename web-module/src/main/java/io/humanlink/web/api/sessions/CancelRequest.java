package io.humanlink.web.api.sessions;

/** {@code POST /sessions/{id}/cancel}: an optional reason the other side will see. */
public record CancelRequest(String reason) {
}
