package io.humanlink.sessions;

import static io.humanlink.sessions.SessionTestData.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import io.humanlink.profile.SessionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallAccessTest {

    private static final Instant END = START.plus(Duration.ofMinutes(30));

    private final ChatSession session = SessionTestData.session(SessionTestData.user(1, "Ana"),
            SessionTestData.user(2, "Ben"), SessionType.VIDEO, 30);
    private Instant issuedUntil;

    @Test
    void aTokenFromTheOpeningBeforeTheStartLastsUntilTheEnd() {
        CallTokenIssuer.CallToken token = access(START.minus(Duration.ofMinutes(10))).tokenFor(caller(), id());

        assertThat(token.roomName()).isEqualTo("session-" + id());
        assertThat(issuedUntil).isEqualTo(END);
    }

    @Test
    void noTokenBeforeTheRoomOpens() {
        assertThatThrownBy(() -> access(START.minus(Duration.ofMinutes(10)).minusSeconds(1)).tokenFor(caller(), id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.slug()).isEqualTo("call-not-open-yet"));
    }

    @Test
    void theLastSecondsOfTheSessionAreAClosedCallNotAServerError() {
        // The Twilio issuer refuses a lifetime under a second with IllegalArgumentException (a 500).
        for (Instant now : new Instant[] {END.minusMillis(400), END.minusSeconds(3), END, END.plusSeconds(60)}) {
            assertThatThrownBy(() -> access(now).tokenFor(caller(), id()))
                    .as("at " + now)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.slug()).isEqualTo("call-closed");
                    });
        }
        assertThat(issuedUntil).isNull();
    }

    @Test
    void aTextSessionHasNoRoom() {
        ChatSession text = SessionTestData.session(SessionTestData.user(1, "Ana"), SessionTestData.user(2, "Ben"),
                SessionType.TEXT, 30);
        CallAccess access = access(START);
        access.access = participating(text);

        assertThatThrownBy(() -> access.tokenFor(caller(), id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.slug()).isEqualTo("not-a-call"));
    }

    private CallAccess access(Instant now) {
        CallAccess access = new CallAccess();
        access.access = participating(session);
        access.settings = new SessionSettings();
        access.settings.callOpensBefore = Duration.ofMinutes(10);
        access.clock = Clock.fixed(now, ZoneOffset.UTC);
        access.issuer = (identity, room, expiresAt) -> {
            if (Duration.between(now, expiresAt).getSeconds() < 1) {
                throw new IllegalArgumentException("expiresAt is not at least a second in the future");
            }
            issuedUntil = expiresAt;
            return new CallTokenIssuer.CallToken("jwt", room, identity, expiresAt);
        };
        return access;
    }

    private static SessionAccess participating(ChatSession session) {
        return new SessionAccess() {
            @Override
            public ChatSession participating(UUID callerId, UUID sessionId) {
                return session;
            }
        };
    }

    private UUID caller() {
        return session.getUser().getPublicId();
    }

    private UUID id() {
        return session.getPublicId();
    }
}
