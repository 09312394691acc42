package io.humanlink.web.api.chat;

import java.time.Instant;

/** A single-use WebSocket ticket: connect to {@code /ws/chat?ticket=<ticket>} before {@code expiresAt}. */
public record TicketResponse(String ticket, Instant expiresAt) {
}
