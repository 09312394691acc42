package io.humanlink.sessions.twilio;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VideoGrant;
import io.humanlink.sessions.CallTokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues Twilio Video access tokens (the SDK's {@link AccessToken} with a {@link VideoGrant}) that open one room only.
 * The SDK takes a lifetime, not an end: it stamps {@code exp} = its own "now" + ttl, so ttl is the whole seconds
 * from our clock's now to {@code expiresAt}, rounded down — the token may end up to a second early, never late. That
 * holds only while our clock is the system clock the SDK reads (it is outside tests with a fixed clock).
 */
@ApplicationScoped
public class TwilioCallTokenIssuer implements CallTokenIssuer {

    /** Twilio refuses access tokens living longer than this (error 20157). */
    static final Duration MAX_TTL = Duration.ofHours(24);

    @Inject
    TwilioSettings settings;

    @Inject
    Clock clock;

    @Override
    public CallToken issue(String identity, String roomName, Instant expiresAt) {
        requireText(identity, "identity");
        requireText(roomName, "roomName");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Duration left = Duration.between(clock.instant(), expiresAt);
        if (left.getSeconds() < 1) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is not at least a second in the future");
        }
        if (left.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is more than " + MAX_TTL
                    + " away; Twilio refuses such tokens");
        }
        AccessToken token = new AccessToken.Builder(settings.accountSid(), settings.apiKeySid(),
                settings.apiKeySecret().getBytes(StandardCharsets.UTF_8))
                .identity(identity)
                .ttl((int) left.getSeconds())
                .grant(new VideoGrant().setRoom(roomName))
                .build();
        return new CallToken(token.toJwt(), roomName, identity, expiresAt);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
