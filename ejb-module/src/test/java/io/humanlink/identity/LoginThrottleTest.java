package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ThrottlePolicy POLICY =
            new ThrottlePolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void firstFailuresUnderTheLimitAreFree() {
        assertThat(POLICY.delayAfter(1)).isZero();
        assertThat(POLICY.delayAfter(4)).isZero();
    }

    @Test
    void delayStartsAtTheLimitAndDoubles() {
        assertThat(POLICY.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.delayAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(POLICY.delayAfter(7)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void delayIsCapped() {
        assertThat(POLICY.delayAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.delayAfter(500)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void keyIsBlockedAfterTheFifthFailureUntilTheDelayPasses() {
        LoginThrottle throttle = new LoginThrottle("account:ana@example.com", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW, POLICY);
        }
        assertThat(throttle.secondsBlocked(NOW)).isZero();

        throttle.recordFailure(NOW, POLICY);

        assertThat(throttle.secondsBlocked(NOW)).isEqualTo(2);
        assertThat(throttle.secondsBlocked(NOW.plusMillis(1500))).isEqualTo(1);
        assertThat(throttle.secondsBlocked(NOW.plusSeconds(2))).isZero();
    }

    @Test
    void aKeyQuietLongEnoughStartsOver() {
        LoginThrottle throttle = new LoginThrottle("address:10.0.0.1", NOW);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(NOW, POLICY);
        }
        Instant muchLater = NOW.plus(Duration.ofHours(2));

        throttle.recordFailure(muchLater, POLICY);

        assertThat(throttle.getFailures()).isEqualTo(1);
        assertThat(throttle.secondsBlocked(muchLater)).isZero();
    }
}
