package io.humanlink.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.sessions.Party;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

    private final RefundPolicy policy = new RefundPolicy(0, 0, 100);

    @Test
    void cancellingBeforeTheWindowRefundsInFull() {
        assertThat(policy.forCancellation(Party.USER, false)).isEqualTo(100);
    }

    @Test
    void aLateCancellationByTheUserRefundsTheConfiguredShare() {
        assertThat(policy.forCancellation(Party.USER, true)).isZero();
        assertThat(new RefundPolicy(50, 0, 100).forCancellation(Party.USER, true)).isEqualTo(50);
    }

    @Test
    void aFriendsCancellationRefundsInFullEvenWhenLate() {
        assertThat(policy.forCancellation(Party.FRIEND, true)).isEqualTo(100);
    }

    @Test
    void aReleaseByTheSystemRefundsInFull() {
        assertThat(policy.forCancellation(null, true)).isEqualTo(100);
    }

    @Test
    void noShowsRefundByWhoWasAbsent() {
        assertThat(policy.forNoShow("FRIEND")).isEqualTo(100);
        assertThat(policy.forNoShow("USER")).isZero();
        assertThat(policy.forNoShow("BOTH")).isEqualTo(100);
    }

    @Test
    void sharesRoundDownToWholeMinorUnits() {
        assertThat(RefundPolicy.share(1999, 50)).isEqualTo(999);
        assertThat(RefundPolicy.share(1999, 100)).isEqualTo(1999);
        assertThat(RefundPolicy.share(1999, 0)).isZero();
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> new RefundPolicy(101, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundPolicy(0, -1, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
