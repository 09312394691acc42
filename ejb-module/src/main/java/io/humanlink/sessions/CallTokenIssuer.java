package io.humanlink.sessions;

import java.time.Instant;

/**
 * The port through which booking hands out the credential a participant's app needs to join a session's voice or video
 * room. The adapter (Twilio) lives in {@code sessions.twilio}; nothing of the vendor's types passes this interface.
 */
public interface CallTokenIssuer {

    /**
     * A signed token for {@code identity} to join {@code roomName} only, valid until {@code expiresAt} (never later).
     */
    CallToken issue(String identity, String roomName, Instant expiresAt);

    /** What the participant's app receives: the token, the room it opens and when it stops working. */
    record CallToken(String token, String roomName, String identity, Instant expiresAt) {
    }
}
