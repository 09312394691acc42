package io.humanlink.web.api.sessions;

import java.time.Instant;

/** What a participant's app needs to join the session's room; the token stops working at {@code expiresAt}. */
public record CallTokenResponse(String token, String roomName, String identity, Instant expiresAt) {
}
