package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.SessionsFixture.daysAheadAt;
import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static io.humanlink.web.api.sessions.SessionsFixture.startIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twilio Video access tokens: who gets one, when, and what it grants (decoded and verified here). */
@HumanLinkIT
class CallTokenIT {

    /** The test profile's API key (humanlink.twilio.api-key-sid / api-key-secret) and account. */
    private static final String API_KEY_SID = "SKtest0000000000000000000000000000";
    private static final String API_KEY_SECRET = "test-twilio-api-key-secret-not-a-real-one";
    private static final String ACCOUNT_SID = "ACtest0000000000000000000000000000";

    private final SessionsFixture fixture;

    CallTokenIT(AppUnderTest app) {
        this.fixture = new SessionsFixture(app);
    }

    @Test
    void eachParticipantGetsATokenForTheSessionsRoomOnlyThatExpiresAtTheEnd() throws Exception {
        Person friend = fixture.friend();
        Person user = fixture.user();
        JsonObject session = fixture.booked(user, friend, "video", startIn(Duration.ofMinutes(2)), 30);
        String id = session.getString("id");
        Instant end = Instant.parse(session.getString("end"));

        for (Person participant : new Person[] {user, friend}) {
            JsonObject answer = expect(200, fixture.send("POST", "/api/v1/sessions/" + id + "/call-token",
                    participant, null));
            assertThat(answer.getString("roomName")).isEqualTo("session-" + id);
            assertThat(answer.getString("identity")).isEqualTo(participant.id());
            assertThat(Instant.parse(answer.getString("expiresAt"))).isEqualTo(end);

            SignedJWT jwt = SignedJWT.parse(answer.getString("token"));
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
            assertThat(jwt.verify(new MACVerifier(API_KEY_SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(API_KEY_SID);
            assertThat(claims.getSubject()).isEqualTo(ACCOUNT_SID);
            assertThat(claims.getExpirationTime()).isBetween(Date.from(end.minusSeconds(2)),
                    Date.from(end.plusSeconds(1)), true, true);
            Map<String, Object> grants = claims.getJSONObjectClaim("grants");
            assertThat(grants.get("identity")).isEqualTo(participant.id());
            @SuppressWarnings("unchecked")
            Map<String, Object> video = (Map<String, Object>) grants.get("video");
            assertThat(video).containsEntry("room", "session-" + id);
            assertThat(grants.keySet()).containsExactlyInAnyOrder("identity", "video");
        }
    }

    @Test
    void tokensAreRefusedOutsideTheWindowToStrangersAndForTextSessions() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Person early = fixture.user();
        String later = fixture.booked(early, friend, "voice", daysAheadAt(2, 10), 30).getString("id");
        // The text session is with another Friend: moved to now, the other two would overlap it in the Friend's
        // calendar, which the database refuses.
        String text = fixture.booked(user, fixture.friend(), "text", startIn(Duration.ofMinutes(2)), 30)
                .getString("id");
        String past = fixture.booked(user, friend, "video", daysAheadAt(3, 10), 30).getString("id");
        // Ended 10 minutes ago, so its buffer is over before "later" is moved to 5 minutes from now.
        fixture.timePasses(past, Duration.between(Instant.now(), daysAheadAt(3, 10)).plus(Duration.ofMinutes(40)));

        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + later + "/call-token", early, null), 409,
                "call-not-open-yet");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + text + "/call-token", user, null), 409,
                "not-a-call");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + past + "/call-token", friend, null), 409,
                "call-closed");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + later + "/call-token", fixture.user(),
                null), 404, "not-found");
        fixture.timePasses(later, Duration.between(Instant.now(), daysAheadAt(2, 10)).minus(Duration.ofMinutes(5)));
        expect(200, fixture.send("POST", "/api/v1/sessions/" + later + "/call-token", early, null));
    }
}
