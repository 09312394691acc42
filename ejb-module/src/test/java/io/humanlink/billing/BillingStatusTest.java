package io.humanlink.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingStatusTest {

    @Test
    void providerStatesFoldIntoTheProductsFive() {
        assertThat(BillingStatus.fromProvider("trialing")).isEqualTo(BillingStatus.TRIALING);
        assertThat(BillingStatus.fromProvider("active")).isEqualTo(BillingStatus.ACTIVE);
        assertThat(BillingStatus.fromProvider("unpaid")).isEqualTo(BillingStatus.PAST_DUE);
        assertThat(BillingStatus.fromProvider("incomplete")).isEqualTo(BillingStatus.NONE);
        assertThat(BillingStatus.fromProvider("incomplete_expired")).isEqualTo(BillingStatus.CANCELED);
        assertThat(BillingStatus.fromProvider(null)).isEqualTo(BillingStatus.NONE);
    }

    @Test
    void onlyTrialingAndActiveAreSuperUsers() {
        assertThat(BillingStatus.TRIALING.isSuperUser()).isTrue();
        assertThat(BillingStatus.ACTIVE.isSuperUser()).isTrue();
        assertThat(BillingStatus.PAST_DUE.isSuperUser()).isFalse();
        assertThat(BillingStatus.CANCELED.isSuperUser()).isFalse();
    }

    @Test
    void anOlderReportNeverOverwritesANewerState() {
        Subscription subscription = new Subscription(1, "sub_1");
        Instant t1 = Instant.parse("2026-11-01T10:00:00Z");
        Instant t2 = t1.plusSeconds(60);

        assertThat(subscription.report(t2, BillingStatus.CANCELED, "price", null, null, false, t2)).isTrue();
        assertThat(subscription.report(t1, BillingStatus.ACTIVE, "price", null, null, false, t2)).isFalse();
        assertThat(subscription.getStatus()).isEqualTo(BillingStatus.CANCELED);
    }

    @Test
    void withinOneSecondTheLaterLifecycleStateWins() {
        Subscription subscription = new Subscription(1, "sub_1");
        Instant t = Instant.parse("2026-11-01T10:00:00Z");

        subscription.report(t, BillingStatus.PAST_DUE, "price", null, null, false, t);
        assertThat(subscription.report(t, BillingStatus.ACTIVE, "price", null, null, false, t)).isFalse();
        assertThat(subscription.report(t, BillingStatus.CANCELED, "price", null, null, false, t)).isTrue();
        assertThat(subscription.getStatus()).isEqualTo(BillingStatus.CANCELED);
    }
}
