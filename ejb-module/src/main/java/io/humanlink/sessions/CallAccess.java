package io.humanlink.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.profile.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Hands a participant of a voice or video session the token for its room, only while the call may happen: from
 * {@code call-opens-before} ahead of the start until the end, and never valid past the end. The room is named after
 * the session's public id; the identity is the participant's public id (what room events report back).
 */
@ApplicationScoped
@Transactional
public class CallAccess {

    @Inject
    SessionAccess access;

    @Inject
    CallTokenIssuer issuer;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    /**
     * No token this close to the end: it would be useless, and the issuer refuses a lifetime under a second (which a
     * request in the session's last second would otherwise hit as a server error).
     */
    static final Duration LAST_TOKEN_BEFORE_END = Duration.ofSeconds(5);

    public static String roomName(UUID sessionId) {
        return "session-" + sessionId;
    }

    public CallTokenIssuer.CallToken tokenFor(UUID callerId, UUID sessionId) {
        ChatSession session = access.participating(callerId, sessionId);
        if (session.getType() == SessionType.TEXT) {
            throw new DomainException(409, "not-a-call", "Not a call",
                    "This is a text session; it has no voice or video room.");
        }
        if (!session.getStatus().isBooked()) {
            throw new DomainException(409, "call-closed", "Call closed",
                    "The session is " + session.getStatus() + "; its room is closed.");
        }
        Instant now = clock.instant();
        Instant opens = session.getStartsAt().minus(settings.callOpensBefore());
        if (now.isBefore(opens)) {
            throw new DomainException(409, "call-not-open-yet", "Call not open yet",
                    "The room opens at " + opens + ", " + settings.callOpensBefore().toMinutes()
                            + " minutes before the start.");
        }
        if (!now.isBefore(session.getEndsAt().minus(LAST_TOKEN_BEFORE_END))) {
            throw new DomainException(409, "call-closed", "Call closed", "The session ends at "
                    + session.getEndsAt() + "; its room no longer takes new joins.");
        }
        return issuer.issue(callerId.toString(), roomName(session.getPublicId()), session.getEndsAt());
    }
}
