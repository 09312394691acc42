package io.humanlink.sessions;

import static io.humanlink.sessions.SessionTestData.BOOKED_AT;
import static io.humanlink.sessions.SessionTestData.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.identity.User;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.SessionType;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenTypesEntitlementsTest {

    private final User user = SessionTestData.user(1, "Ana");
    private final FriendProfile friend = new FriendProfile(SessionTestData.user(2, "Ben"), BOOKED_AT);

    @Test
    void aVerifiedUserMayBookAnOpenType() {
        user.markEmailVerified(BOOKED_AT);

        EntitlementDecision decision = entitlements("text", "voice").decide(attempt(SessionType.VOICE));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.refusal()).isNull();
    }

    @Test
    void anUnverifiedUserMayBookNothing() {
        EntitlementDecision decision = entitlements("text", "voice", "video").decide(attempt(SessionType.TEXT));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.refusal()).contains("Verify your email");
    }

    @Test
    void aTypeThatIsNotOpenIsRefusedByName() {
        user.markEmailVerified(BOOKED_AT);

        EntitlementDecision decision = entitlements("text").decide(attempt(SessionType.VIDEO));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.refusal()).contains("video");
    }

    @Test
    void configuredCodesAreTrimmedAndUnknownOnesIgnored() {
        user.markEmailVerified(BOOKED_AT);
        OpenTypesEntitlements entitlements = entitlements(" voice ", "hologram");

        assertThat(entitlements.decide(attempt(SessionType.VOICE)).allowed()).isTrue();
        assertThat(entitlements.decide(attempt(SessionType.TEXT)).allowed()).isFalse();
    }

    private BookingAttempt attempt(SessionType type) {
        return new BookingAttempt(user, friend, type, new TimeWindow(START, START.plus(Duration.ofMinutes(30))));
    }

    private static OpenTypesEntitlements entitlements(String... codes) {
        OpenTypesEntitlements entitlements = new OpenTypesEntitlements();
        entitlements.openTypes = Set.of(codes);
        return entitlements;
    }
}
