package io.humanlink.sessions.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.sessions.CallTokenIssuer.CallToken;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioCallTokenIssuerTest {

    private static final String IDENTITY = "6f1c2f0e-8d3a-4c55-9a7e-0d6f3f8b2a11";
    private static final String ROOM = "session-3b0f7a9c-1e2d-4f5a-8b6c-7d8e9f0a1b2c";

    /** The SDK stamps exp from the system clock, so the issuer's clock must be the system one for exp to be exact. */
    private final TwilioCallTokenIssuer issuer = issuer(Clock.systemUTC());

    @Test
    void tokenIsSignedWithTheApiKeyAndOpensOnlyTheRoomForTheIdentityUntilExpiresAt() throws Exception {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.SECONDS);

        CallToken issued = issuer.issue(IDENTITY, ROOM, expiresAt);

        assertThat(issued.roomName()).isEqualTo(ROOM);
        assertThat(issued.identity()).isEqualTo(IDENTITY);
        assertThat(issued.expiresAt()).isEqualTo(expiresAt);
        SignedJWT jwt = SignedJWT.parse(issued.token());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(TwilioFixtures.API_KEY_SECRET.getBytes(StandardCharsets.UTF_8))))
                .as("HS256 under the API key secret").isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TwilioFixtures.API_KEY_SID);
        assertThat(claims.getSubject()).isEqualTo(TwilioFixtures.ACCOUNT_SID);
        assertThat(claims.getJWTID()).startsWith(TwilioFixtures.API_KEY_SID + "-");
        Map<String, Object> grants = claims.getJSONObjectClaim("grants");
        assertThat(grants).containsEntry("identity", IDENTITY);
        assertThat(grants).containsEntry("video", Map.of("room", ROOM));
        Instant exp = claims.getExpirationTime().toInstant();
        assertThat(exp).isBetween(expiresAt.minusSeconds(1), expiresAt);
    }

    @Test
    void tokenUnderAnotherSecretDoesNotVerify() throws Exception {
        CallToken issued = issuer.issue(IDENTITY, ROOM, Instant.now().plus(Duration.ofMinutes(5)));

        assertThat(SignedJWT.parse(issued.token()).verify(new MACVerifier(
                "some-other-secret-of-thirty-two-chars!".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    @Test
    void expiryNotInTheFutureIsRefused() {
        Instant now = Instant.now();
        for (Instant expiresAt : new Instant[] {now.minusSeconds(60), now, now.plusMillis(300)}) {
            assertThatThrownBy(() -> issuer.issue(IDENTITY, ROOM, expiresAt))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        }
    }

    @Test
    void expiryBeyondTwilioMaximumOfADayIsRefused() {
        assertThatThrownBy(() -> issuer.issue(IDENTITY, ROOM, Instant.now().plus(Duration.ofHours(25))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Twilio");
    }

    @Test
    void theInjectedClockDecidesWhatIsInTheFuture() {
        Instant later = Instant.now().plus(Duration.ofDays(3));
        TwilioCallTokenIssuer fromTheFuture = issuer(Clock.fixed(later, ZoneOffset.UTC));

        assertThatThrownBy(() -> fromTheFuture.issue(IDENTITY, ROOM, Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIdentityOrRoomIsRefused() {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        assertThatThrownBy(() -> issuer.issue(" ", ROOM, expiresAt)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issuer.issue(IDENTITY, null, expiresAt)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TwilioCallTokenIssuer issuer(Clock clock) {
        TwilioCallTokenIssuer issuer = new TwilioCallTokenIssuer();
        issuer.settings = TwilioFixtures.settings();
        issuer.clock = clock;
        return issuer;
    }
}
