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
    private static final ThrottlePolicy ADDRESS_POLICY =
            new ThrottlePolicy(20, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void parallelGuessesAreCountedBeforeTheyAreCheckedSoOnlyTheFreeOnesGetThrough() {
        LoginThrottle account = new LoginThrottle("account:ana@example.com", NOW);
        LoginThrottle address = new LoginThrottle("address:10.0.0.1", NOW);
        int granted = 0;
        for (int i = 0; i < 12; i++) {
            // Twelve attempts arriving together: each reserves before any password check has finished.
            if (LoginThrottle.reserve(NOW, account, POLICY, address, ADDRESS_POLICY) == 0) {
                granted++;
            }
        }

        assertThat(granted).isEqualTo(5);
        assertThat(account.getFailures()).isEqualTo(5);
        assertThat(address.getFailures()).isEqualTo(5);
    }

    @Test
    void aRefusedReservationCountsNothing() {
        LoginThrottle account = new LoginThrottle("account:ana@example.com", NOW);
        LoginThrottle address = new LoginThrottle("address:10.0.0.1", NOW);
        for (int i = 0; i < 5; i++) {
            LoginThrottle.reserve(NOW, account, POLICY, address, ADDRESS_POLICY);
        }

        long wait = LoginThrottle.reserve(NOW.plusMillis(500), account, POLICY, address, ADDRESS_POLICY);

        assertThat(wait).isEqualTo(2);
        assertThat(account.getFailures()).isEqualTo(5);
        assertThat(address.getFailures()).isEqualTo(5);
    }

    @Test
    void aBlockedAddressRefusesEveryAccount() {
        LoginThrottle address = new LoginThrottle("address:10.0.0.1", NOW);
        for (int i = 0; i < 20; i++) {
            LoginThrottle.reserve(NOW, new LoginThrottle("account:" + i, NOW), POLICY, address, ADDRESS_POLICY);
        }

        assertThat(LoginThrottle.reserve(NOW, new LoginThrottle("account:new", NOW), POLICY, address, ADDRESS_POLICY))
                .isEqualTo(2);
    }

    @Test
    void takingBackTheOnlyReservationLeavesTheKeyAsItWas() {
        LoginThrottle address = new LoginThrottle("address:10.0.0.1", NOW);
        for (int i = 0; i < 19; i++) {
            address.recordFailure(NOW.minusSeconds(60), ADDRESS_POLICY);
        }
        address.recordFailure(NOW, ADDRESS_POLICY);
        assertThat(address.secondsBlocked(NOW)).as("the 20th attempt blocks while it is pending").isEqualTo(2);

        address.takeBack(NOW, ADDRESS_POLICY);

        assertThat(address.getFailures()).isEqualTo(19);
        assertThat(address.secondsBlocked(NOW)).isZero();
    }

    @Test
    void takingBackAfterLaterFailuresKeepsTheirBlockWithOneFailureLess() {
        LoginThrottle account = new LoginThrottle("account:ana@example.com", NOW);
        for (int i = 0; i < 4; i++) {
            account.recordFailure(NOW, POLICY);
        }
        Instant reservedAt = NOW.plusMillis(10);
        account.recordFailure(reservedAt, POLICY);
        Instant laterFailure = NOW.plusMillis(20);
        account.recordFailure(laterFailure, POLICY);
        assertThat(account.secondsBlocked(laterFailure)).isEqualTo(4);

        account.takeBack(reservedAt, POLICY);

        assertThat(account.getFailures()).isEqualTo(5);
        assertThat(account.secondsBlocked(laterFailure)).isEqualTo(2);
    }

    @Test
    void takingBackFromAnEmptyKeyDoesNothing() {
        LoginThrottle address = new LoginThrottle("address:10.0.0.1", NOW);

        address.takeBack(NOW, ADDRESS_POLICY);

        assertThat(address.getFailures()).isZero();
        assertThat(address.secondsBlocked(NOW)).isZero();
    }
}
