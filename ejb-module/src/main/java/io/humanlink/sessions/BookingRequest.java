package io.humanlink.sessions;

import io.humanlink.profile.SessionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A request to book {@code friendId} for a {@code type} session of {@code durationMinutes} from {@code start}. */
public record BookingRequest(UUID friendId, SessionType type, Instant start, int durationMinutes) {

    /**
     * Identifies the request's content, so a retry with the same Idempotency-Key is recognised as the same request
     * and a reuse of the key for a different one is refused.
     */
    public String fingerprint() {
        String canonical = friendId + "|" + type + "|" + start + "|" + durationMinutes;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
